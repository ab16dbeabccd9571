import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { MandatePage } from "@/lib/mandates/get-mandate-page";
import { localized } from "@/lib/i18n/localized";
import { DataTable, type Column } from "@/components/ui/data-table";
import { sessionPath } from "@/lib/reports/constants";
import { DueStatusBadge } from "@/components/reports/due-status";

/** The mandate's visit requests (never drafts) and its published reports. */
export async function MandateVisitsAndReports({ visitRequests, reports }: Pick<MandatePage, "visitRequests" | "reports">) {
  const [t, tr, format, locale] = await Promise.all([
    getTranslations("mandatePage"),
    getTranslations("reports"),
    getFormatter(),
    getLocale(),
  ]);
  const moment = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  // Visit and presentation dates are calendar dates: shown as stored, whatever the reader's time zone.
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const visitColumns: Column<MandatePage["visitRequests"][number]>[] = [
    {
      key: "state",
      header: t("state"),
      rowHeader: true,
      cell: (v) => <Link href={`/states/${v.state.iso3}`}>{localized(v.state, "name", locale)}</Link>,
    },
    { key: "status", header: t("status"), cell: (v) => t(`statuses.${v.status}`) },
    { key: "requestedAt", header: t("requestedAt"), cell: (v) => moment(v.requestedAt) },
    { key: "answeredAt", header: t("answeredAt"), cell: (v) => moment(v.answeredAt) },
    {
      key: "visitDates",
      header: t("visitDates"),
      cell: (v) => (v.visit ? `${day(v.visit.startDate)} – ${day(v.visit.endDate)}` : "—"),
    },
  ];
  const reportColumns: Column<MandatePage["reports"][number]>[] = [
    {
      key: "symbol",
      header: t("symbol"),
      rowHeader: true,
      className: "font-mono",
      cell: (r) => <Link href={`/reports/${r.id}`}>{r.symbol}</Link>,
    },
    { key: "title", header: t("title"), cell: (r) => r.title },
    {
      key: "session",
      header: tr("session"),
      nowrap: true,
      cell: (r) =>
        r.councilSession === null ? (
          "—"
        ) : (
          <Link href={sessionPath(r.body, r.councilSession)}>{tr(`sessionShort.${r.body}`, { number: r.councilSession })}</Link>
        ),
    },
    { key: "presentedAt", header: t("presentedAt"), cell: (r) => (r.presentedAt ? day(r.presentedAt) : t("notPresented")) },
    { key: "dueStatus", header: tr("status"), cell: (r) => <DueStatusBadge status={r.dueStatus} /> },
  ];
  return (
    <>
      <section aria-labelledby="visits-h" className="space-y-2">
        <h2 id="visits-h">{t("visitsHeading")}</h2>
        <DataTable
          caption={t("visitsHeading")}
          captionHidden
          columns={visitColumns}
          rows={visitRequests}
          rowKey={(v) => v.id}
          testId="mandate-visits"
          empty={t("noVisits")}
          compact
        />
      </section>
      <section id="reports" aria-labelledby="reports-h" className="space-y-2">
        <h2 id="reports-h">{t("reportsHeading")}</h2>
        <DataTable
          caption={t("reportsHeading")}
          captionHidden
          columns={reportColumns}
          rows={reports}
          rowKey={(r) => r.id}
          testId="mandate-reports"
          empty={t("noReports")}
          compact
        />
      </section>
    </>
  );
}
