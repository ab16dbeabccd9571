import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findAuditEntries } from "@/lib/audit/find-audit-entries";
import { pageSchema } from "@/lib/core/pagination";
import { Pagination } from "@/components/ui/pagination";

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("audit:view", "/portal/audit");
  const page = pageSchema.parse((await searchParams).page);
  const [t, format, list] = await Promise.all([getTranslations("audit"), getFormatter(), findAuditEntries({ actor, page })]);
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {list.entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              {(["at", "actor", "action", "entity", "fields", "changes", "address"] as const).map((k) => (
                <th key={k} scope="col" className="py-2 pr-3">
                  {t(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.entries.map((e) => (
              <tr key={e.id} className="border-b border-slate-100 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" })}</td>
                <td className="py-2 pr-3">{e.actor ? `${e.actor.name} (${e.actor.email})` : t("system")}</td>
                <td className="py-2 pr-3 font-mono">{e.action}</td>
                <td className="py-2 pr-3 font-mono">
                  {e.entityType} {e.entityId.slice(0, 8)}
                </td>
                <td className="py-2 pr-3 font-mono text-xs">{e.changedFields.join(", ")}</td>
                <td className="py-2 pr-3 font-mono text-xs break-all">
                  {JSON.stringify(e.before)} → {JSON.stringify(e.after)}
                </td>
                <td className="py-2 font-mono text-xs">{e.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pages={list.pages} basePath="/portal/audit" />
    </div>
  );
}
