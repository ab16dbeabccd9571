import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { MandatePage } from "@/lib/mandates/get-mandate-page";
import { localized } from "@/lib/i18n/localized";
import { DataTable, type Column } from "@/components/ui/data-table";

/** Published communications only (R5): counts by year and the latest ten. */
export async function MandateCommunications({ communications }: { communications: MandatePage["communications"] }) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("mandatePage"),
    getTranslations("communications"),
    getFormatter(),
    getLocale(),
  ]);
  const { total, byYear, latest } = communications;
  const yearColumns: Column<(typeof byYear)[number]>[] = [
    { key: "year", header: t("year"), rowHeader: true, cell: (y) => y.year },
    { key: "count", header: t("count"), align: "end", cell: (y) => format.number(y.count) },
  ];
  const latestColumns: Column<(typeof latest)[number]>[] = [
    {
      key: "reference",
      header: t("reference"),
      rowHeader: true,
      cell: (c) => (
        <>
          <Link href={`/communications/${c.id}`} className="font-mono">
            {c.reference}
          </Link>
          <span className="sr-only"> ({tc(`types.${c.type}`)})</span>
        </>
      ),
    },
    { key: "sentAt", header: t("sentAt"), nowrap: true, cell: (c) => c.sentAt && format.dateTime(c.sentAt, { dateStyle: "medium" }) },
    {
      key: "addressee",
      header: t("addressee"),
      cell: (c) =>
        c.addresseeState ? (
          <Link href={`/states/${c.addresseeState.iso3}`}>{localized(c.addresseeState, "name", locale)}</Link>
        ) : (
          c.addresseeOtherActor?.name
        ),
    },
    { key: "subject", header: t("subject"), cell: (c) => c.subject },
  ];
  return (
    <section aria-labelledby="communications-h" className="space-y-4">
      <h2 id="communications-h">{t("communicationsHeading")}</h2>
      <p data-testid="mandate-communications-total">{t("communicationsTotal", { count: total })}</p>
      {total === 0 ? (
        <p>{t("noCommunications")}</p>
      ) : (
        <>
          {/* A short table of figures: as wide as its content. */}
          <div className="w-fit">
            <DataTable
              caption={t("byYearCaption")}
              columns={yearColumns}
              rows={byYear}
              rowKey={(y) => y.year}
              testId="mandate-communications-by-year"
              compact
            />
          </div>
          <h3>{t("latestHeading")}</h3>
          <DataTable
            caption={t("latestHeading")}
            captionHidden
            columns={latestColumns}
            rows={latest}
            rowKey={(c) => c.id}
            testId="mandate-latest-communications"
            compact
          />
          <p className="text-sm">
            <Link href="/communications">{t("allCommunications")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
