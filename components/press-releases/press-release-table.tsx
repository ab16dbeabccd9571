import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { PressReleaseRow } from "@/lib/press-releases/find-press-releases";
import { localized } from "@/lib/i18n/localized";
import { PressReleaseStatusBadge } from "./status-badge";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";
import { DataTable, type Column } from "@/components/ui/data-table";

/** The workspace list of press releases; `basePath` is the workspace's detail route. */
export async function PressReleaseTable({ rows, basePath }: { rows: PressReleaseRow[]; basePath: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("pressReleases"), getFormatter(), getLocale()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const columns: Column<PressReleaseRow>[] = [
    {
      key: "title",
      header: t("title"),
      rowHeader: true,
      cell: (r) => (
        <>
          <Link href={`${basePath}/${r.id}`}>{r.title}</Link>
          {r.mandate && <p className="text-xs text-slate-600">{localized(r.mandate, "title", locale)}</p>}
        </>
      ),
    },
    {
      key: "linkedTo",
      header: t("linkedTo"),
      cell: (r) =>
        r.communication ? (
          <>
            <span className="font-mono whitespace-nowrap">{r.communication.reference}</span>
            {r.communication.addresseeState && <> · {localized(r.communication.addresseeState, "name", locale)}</>}
          </>
        ) : r.visit ? (
          <>
            {t("visitTo", { state: localized(r.visit.visitRequest.state, "name", locale) })}
            <span className="block text-xs text-slate-600">
              {day(r.visit.startDate)} – {day(r.visit.endDate)}
            </span>
          </>
        ) : (
          "—"
        ),
    },
    { key: "status", header: t("status"), cell: (r) => <PressReleaseStatusBadge status={r.status} /> },
    {
      key: "sharedAt",
      header: t("sharedAt"),
      cell: (r) =>
        r.sharedWithStateAt
          ? format.dateTime(r.sharedWithStateAt, { dateStyle: "medium", timeStyle: "short", timeZone: GENEVA_TIME_ZONE })
          : "—",
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      rowAttributes={() => ({ "data-testid": "press-release-row" })}
      empty={t("empty")}
    />
  );
}
