import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import { localized } from "@/lib/i18n/localized";
import type { VacancyRow } from "@/lib/committee-people/find-vacancies";
import { CALENDAR_DATE } from "./calendar-date";

/** Current and upcoming vacancies with the appointing session and, once public, shortlist and appointee (CC1). */
export async function VacanciesTable({ rows }: { rows: VacancyRow[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("committeePeople"), getFormatter(), getLocale()]);
  return (
    <DataTable
      caption={t("vacanciesCaption")}
      testId="vacancies"
      rows={rows}
      rowKey={(v) => v.tenureId}
      rowAttributes={(v) => ({ "data-testid": "vacancy", "data-status": v.status })}
      empty={t("vacanciesEmpty")}
      columns={[
        {
          key: "mandate",
          header: t("mandate"),
          rowHeader: true,
          cell: (v) => <Link href={`/mandates/${v.mandate.slug}`}>{localized(v.mandate, "title", locale)}</Link>,
        },
        { key: "holder", header: t("outgoingHolder"), cell: (v) => v.outgoingHolder },
        { key: "status", header: t("status"), cell: (v) => t(`status${v.status}`) },
        { key: "ends", header: t("termEnds"), nowrap: true, cell: (v) => format.dateTime(v.termEnds, CALENDAR_DATE) },
        {
          key: "session",
          header: t("appointingSession"),
          nowrap: true,
          cell: (v) => (v.sessionRecorded ? t("sessionNumber", { number: v.session }) : t("sessionExpected", { number: v.session })),
        },
        { key: "shortlist", header: t("shortlist"), cell: (v) => v.shortlist ?? t("notYetPublic") },
        { key: "appointed", header: t("appointed"), cell: (v) => v.appointedName ?? "—" },
      ]}
    />
  );
}
