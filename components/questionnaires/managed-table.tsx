import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { ManagedRow } from "@/lib/questionnaires/find-managed-questionnaires";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";

/** The workspace list of calls, with their status and how many answered. */
export async function ManagedTable({ rows, basePath }: { rows: ManagedRow[]; basePath: string }) {
  const [t, locale, format] = await Promise.all([getTranslations("questionnaires"), getLocale(), getFormatter()]);
  if (rows.length === 0) return <p>{t("noCalls")}</p>;
  return (
    <table className="w-full text-sm">
      <thead>
        <tr>
          <th scope="col" className="text-left">
            {t("title")}
          </th>
          <th scope="col" className="text-left">
            {t("mandates")}
          </th>
          <th scope="col" className="text-left">
            {t("statusLabel")}
          </th>
          <th scope="col" className="text-left">
            {t("deadline")}
          </th>
          <th scope="col" className="text-right">
            {t("answered")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid="managed-row">
            <td>
              <Link href={`${basePath}/${r.id}`}>{r.title}</Link>
            </td>
            <td>{r.mandates.map((m) => localized(m.mandate, "title", locale)).join("; ")}</td>
            <td>{t(`statuses.${r.status}`)}</td>
            <td>
              <time dateTime={r.deadline.toISOString()}>
                {format.dateTime(r.deadline, { dateStyle: "medium", timeZone: GENEVA_TIME_ZONE })}
              </time>
            </td>
            <td className="text-right">
              {format.number(r._count.responses)}
              {r._count.targets ? ` / ${format.number(r._count.targets)}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
