import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findAuditEntries } from "@/lib/audit/find-audit-entries";
import { pageSchema } from "@/lib/core/pagination";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, type Column } from "@/components/ui/data-table";

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("audit:view", "/portal/audit");
  const page = pageSchema.parse((await searchParams).page);
  const [t, format, list] = await Promise.all([getTranslations("audit"), getFormatter(), findAuditEntries({ actor, page })]);
  const columns: Column<(typeof list.entries)[number]>[] = [
    { key: "at", header: t("at"), nowrap: true, cell: (e) => format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" }) },
    { key: "actor", header: t("actor"), cell: (e) => (e.actor ? `${e.actor.name} (${e.actor.email})` : t("system")) },
    { key: "action", header: t("action"), className: "font-mono", cell: (e) => e.action },
    {
      key: "entity",
      header: t("entity"),
      className: "font-mono",
      cell: (e) => (
        <>
          {e.entityType} {e.entityId.slice(0, 8)}
        </>
      ),
    },
    { key: "fields", header: t("fields"), className: "font-mono text-xs", cell: (e) => e.changedFields.join(", ") },
    {
      key: "changes",
      header: t("changes"),
      className: "font-mono text-xs break-all",
      cell: (e) => (
        <>
          {/* Each value is isolated, so its own direction does not reorder the line; the arrow points from
              before to after in either reading direction (the catalogs' heading says the same). */}
          <bdi>{JSON.stringify(e.before)}</bdi> <span className="inline-block rtl:-scale-x-100">→</span>{" "}
          <bdi>{JSON.stringify(e.after)}</bdi>
        </>
      ),
    },
    { key: "address", header: t("address"), className: "font-mono text-xs", cell: (e) => e.ip ?? "" },
  ];
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <DataTable columns={columns} rows={list.entries} rowKey={(e) => e.id} empty={t("empty")} />
      <Pagination page={page} pages={list.pages} basePath="/portal/audit" />
    </div>
  );
}
