import { getFormatter, getTranslations } from "next-intl/server";
import type { StateCooperation } from "@/lib/statistics/state-profile";
import { CommunicationsChart, ReplyRateChart } from "./communications-chart";
import { DataTable, type Column } from "@/components/ui/data-table";

const TYPES = ["AL", "UA", "OL"] as const;

/**
 * R18: the figures of one State. Each chart is named by its figure caption and drawn aria-hidden;
 * the table beside it gives the same numbers to everyone, screen readers included.
 */
export async function CooperationFigures({ figures }: { figures: StateCooperation }) {
  const [t, format] = await Promise.all([getTranslations("stateProfile"), getFormatter()]);
  const percent = (v: number | null) =>
    v === null ? t("notApplicable") : format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const { totals, years, visits } = figures;
  const typeLabels = { AL: t("types.AL"), UA: t("types.UA"), OL: t("types.OL") };
  const headline = [
    { label: t("received"), value: format.number(totals.received), testId: "profile-received" },
    { label: t("replyRate"), value: percent(totals.replyRate), testId: "profile-reply-rate" },
    {
      label: t("medianDays"),
      value: figures.medianDaysToReply === null ? t("notApplicable") : t("days", { days: figures.medianDaysToReply }),
      testId: "profile-median-days",
    },
    {
      label: t("inTime"),
      value:
        totals.received === 0
          ? t("notApplicable")
          : `${percent(totals.inTimeRate)} (${t("ofTotal", { count: totals.repliedInTime, total: totals.received })})`,
      testId: "profile-in-time",
    },
  ];
  type Year = StateCooperation["years"][number];
  const yearColumn: Column<Year> = {
    key: "year",
    header: t("year"),
    rowHeader: true,
    cell: (y) => format.number(y.year, { useGrouping: false }),
  };
  const byYearColumns: Column<Year>[] = [
    yearColumn,
    ...TYPES.map((type): Column<Year> => ({ key: type, header: typeLabels[type], align: "end", cell: (y) => format.number(y[type]) })),
    { key: "total", header: t("total"), align: "end", cell: (y) => format.number(y.received) },
  ];
  const replyRateColumns: Column<Year>[] = [
    yearColumn,
    { key: "received", header: t("received"), align: "end", cell: (y) => format.number(y.received) },
    { key: "replied", header: t("replied"), align: "end", cell: (y) => format.number(y.replied) },
    { key: "replyRate", header: t("replyRate"), align: "end", cell: (y) => percent(y.replyRate) },
  ];
  return (
    <div className="space-y-8">
      <section aria-labelledby="communications-h" className="space-y-4">
        <h2 id="communications-h">{t("communicationsHeading")}</h2>
        <Figures items={headline} />
        {totals.received === 0 ? (
          <p>{t("noCommunications")}</p>
        ) : (
          <div className="grid gap-8 lg:grid-cols-2">
            <figure aria-labelledby="by-year-title" className="space-y-3">
              <figcaption id="by-year-title" className="font-medium">
                {t("byYearTitle")}
              </figcaption>
              <CommunicationsChart rows={years.map(({ year, AL, UA, OL }) => ({ year, AL, UA, OL }))} typeLabels={typeLabels} />
              <DataTable
                caption={t("byYearTitle")}
                captionHidden
                columns={byYearColumns}
                rows={years}
                rowKey={(y) => y.year}
                testId="profile-by-year"
                compact
              />
            </figure>
            <figure aria-labelledby="reply-rate-title" className="space-y-3">
              <figcaption id="reply-rate-title" className="font-medium">
                {t("replyRateTitle")}
              </figcaption>
              <ReplyRateChart rows={years.map(({ year, replyRate }) => ({ year, replyRate }))} label={t("replyRate")} />
              <DataTable
                caption={t("replyRateTitle")}
                captionHidden
                columns={replyRateColumns}
                rows={years}
                rowKey={(y) => y.year}
                testId="profile-reply-rate-by-year"
                compact
              />
            </figure>
          </div>
        )}
      </section>
      <section aria-labelledby="visits-h" className="space-y-3">
        <h2 id="visits-h">{t("visitsHeading")}</h2>
        <Figures
          items={[
            { label: t("visitsRequested"), value: format.number(visits.requested), testId: "profile-visits-requested" },
            { label: t("visitsAccepted"), value: format.number(visits.accepted), testId: "profile-visits-accepted" },
            { label: t("visitsCompleted"), value: format.number(visits.completed), testId: "profile-visits-completed" },
          ]}
        />
        <p className="text-sm text-slate-600">{t("visitsNote")}</p>
      </section>
    </div>
  );
}

/** Like components/ui/StatList, but the values come formatted (percentages, days, "not applicable"). */
function Figures({ items }: { items: { label: string; value: string; testId: string }[] }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {items.map((item) => (
        <div key={item.testId} className="rounded border border-slate-200 bg-un-sky p-4">
          <dt className="text-sm text-slate-700">{item.label}</dt>
          <dd className="text-2xl font-semibold text-un-blue-dark" data-testid={item.testId}>
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Shown while the figures stream in. */
export async function CooperationFiguresSkeleton() {
  const t = await getTranslations("stateProfile");
  return (
    <div role="status" className="space-y-4" aria-live="polite">
      <p className="sr-only">{t("loading")}</p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-20 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
      <div className="h-64 animate-pulse rounded bg-slate-100" aria-hidden="true" />
    </div>
  );
}
