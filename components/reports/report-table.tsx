import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable, type Column } from "@/components/ui/data-table";
import { localized } from "@/lib/i18n/localized";
import type { ReportRow } from "@/lib/reports/find-reports";
import { DueStatusBadge } from "./due-status";

/** R19: the reports an actor keeps, with their session, due date and where each stands. */
export async function ReportTable({ rows }: { rows: ReportRow[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("reports"), getFormatter(), getLocale()]);
  // Due and submission days are Geneva calendar days: shown as stored, whatever the reader's zone.
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" }) : "—");
  const columns: Column<ReportRow>[] = [
    {
      key: "symbol",
      header: t("symbol"),
      rowHeader: true,
      nowrap: true,
      className: "font-mono",
      cell: (r) => <Link href={`/portal/reports/${r.id}`}>{r.symbol}</Link>,
    },
    { key: "title", header: t("title"), cell: (r) => r.title },
    { key: "mandate", header: t("mandate"), cell: (r) => localized(r.mandate, "title", locale) },
    {
      key: "session",
      header: t("session"),
      nowrap: true,
      cell: (r) => (r.councilSession === null ? t("notScheduled") : t(`sessionShort.${r.body}`, { number: r.councilSession })),
    },
    { key: "due", header: t("dueAt"), nowrap: true, cell: (r) => day(r.dueAt) },
    { key: "submitted", header: t("submittedAt"), nowrap: true, cell: (r) => day(r.submittedAt) },
    { key: "status", header: t("status"), cell: (r) => <DueStatusBadge status={r.dueStatus} /> },
    { key: "summary", header: t("summaryColumn"), cell: (r) => (r.summaryPublishedAt ? t("summaryPublic") : t("summaryNotPublic")) },
  ];
  return (
    <DataTable
      caption={t("heading")}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      rowAttributes={(r) => ({ "data-testid": "report-row", "data-status": r.dueStatus })}
      empty={t("empty")}
    />
  );
}
