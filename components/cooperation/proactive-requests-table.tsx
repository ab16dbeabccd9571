import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ProactiveRequestRow } from "@/lib/cooperation/find-proactive-requests";
import { localized } from "@/lib/i18n/localized";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ProactiveOutcomeForm } from "./proactive-outcome-form";

/** R21: the proactive requests, each with its outcome, or the form to record it. */
export async function ProactiveRequestsTable({ rows, today }: { rows: ProactiveRequestRow[]; today: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("cooperation"), getFormatter(), getLocale()]);
  // Calendar dates: shown as stored, whatever the reader's time zone.
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const columns: Column<ProactiveRequestRow>[] = [
    { key: "requestedOn", header: t("requestedOn"), nowrap: true, cell: (r) => day(r.requestedOn) },
    { key: "state", header: t("state"), rowHeader: true, cell: (r) => localized(r.state, "name", locale) },
    { key: "mandates", header: t("mandates"), cell: (r) => r.mandates.map((m) => localized(m.mandate, "title", locale)).join("; ") },
    { key: "subject", header: t("subject"), cell: (r) => r.subject },
    {
      key: "outcome",
      header: t("outcome"),
      cell: (r) =>
        r.outcome && r.outcomeOn ? (
          <span data-testid="proactive-outcome">
            {t(`outcomes.${r.outcome}`)} ({day(r.outcomeOn)})
          </span>
        ) : (
          <ProactiveOutcomeForm requestId={r.id} today={today} />
        ),
    },
  ];
  return (
    <DataTable
      caption={t("requestsHeading")}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      testId="proactive-requests"
      empty={t("requestsEmpty")}
      compact
    />
  );
}
