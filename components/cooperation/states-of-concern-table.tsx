import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { StatesOfConcern } from "@/lib/statistics/find-concern";
import { localized } from "@/lib/i18n/localized";
import { DataTable, type Column } from "@/components/ui/data-table";

/** R21, the secretariat's view: States at or over the threshold, every sent letter counted. */
export async function StatesOfConcernTable({ concern }: { concern: StatesOfConcern }) {
  const [t, format, locale] = await Promise.all([getTranslations("cooperation"), getFormatter(), getLocale()]);
  type Row = StatesOfConcern["rows"][number];
  const columns: Column<Row>[] = [
    {
      key: "state",
      header: t("state"),
      rowHeader: true,
      cell: (r) => <Link href={`/states/${r.state.iso3}`}>{localized(r.state, "name", locale)}</Link>,
    },
    { key: "count", header: t("mandateCount"), align: "end", cell: (r) => format.number(r.count) },
    { key: "public", header: t("publicCount"), align: "end", cell: (r) => format.number(r.publicCount) },
    { key: "mandates", header: t("mandates"), cell: (r) => r.mandates.map((m) => localized(m, "title", locale)).join("; ") },
  ];
  return (
    <section aria-labelledby="concern-list-h" className="space-y-2">
      <h2 id="concern-list-h">{t("concernListHeading")}</h2>
      <p className="max-w-3xl text-slate-700">
        {t("concernListIntro", {
          threshold: concern.threshold,
          months: concern.windowMonths,
          from: format.dateTime(concern.from, { dateStyle: "long" }),
        })}
      </p>
      <DataTable
        caption={t("concernListHeading")}
        captionHidden
        columns={columns}
        rows={concern.rows}
        rowKey={(r) => r.state.iso3}
        testId="states-of-concern"
        empty={t("concernListEmpty")}
        compact
      />
    </section>
  );
}
