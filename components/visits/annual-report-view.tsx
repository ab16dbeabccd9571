import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { AnnualVisitReportData } from "@/lib/visits/get-annual-report";
import type { getPresentationDelays } from "@/lib/visits/get-annual-report";
import { localized } from "@/lib/i18n/localized";
import { DataTable, type Column } from "@/components/ui/data-table";

type Delays = Awaited<ReturnType<typeof getPresentationDelays>>;

/** R9's five categories, then R11's delay per mandate. Each category a headed table or list. */
export async function AnnualReportView({ report, delays }: { report: AnnualVisitReportData; delays: Delays }) {
  const [t, format, locale] = await Promise.all([getTranslations("visits"), getFormatter(), getLocale()]);
  const day = (d: Date, utc = false) => format.dateTime(d, { dateStyle: "medium", ...(utc ? { timeZone: "UTC" } : {}) });
  const stateName = (id: string) => {
    const s = report.states.get(id);
    return s ? localized(s, "name", locale) : id;
  };
  type Group = AnnualVisitReportData["statesAsked"];
  const groupList = (groups: Group, testId: string) =>
    groups.length === 0 ? (
      <p>{t("none")}</p>
    ) : (
      <ul className="list-disc ps-5" data-testid={testId}>
        {groups.map((g) => (
          <li key={g.stateId}>
            {stateName(g.stateId)}:{" "}
            {g.requests.map((r, i) => (
              <span key={r.id}>
                {i > 0 && "; "}
                <Link href={`/visits/${r.id}`}>{localized(r.mandate, "title", locale)}</Link> ({day(r.requestedAt)})
              </span>
            ))}
          </li>
        ))}
      </ul>
    );
  const answerColumns: Column<AnnualVisitReportData["answers"][number]>[] = [
    {
      key: "state",
      header: t("state"),
      rowHeader: true,
      cell: (a) => <Link href={`/visits/${a.request.id}`}>{stateName(a.request.stateId)}</Link>,
    },
    { key: "mandate", header: t("mandate"), cell: (a) => localized(a.request.mandate, "title", locale) },
    { key: "outcome", header: t("outcome"), cell: (a) => t(`events.${a.outcome}` as never) },
    { key: "answeredOn", header: t("answeredOn"), cell: (a) => day(a.answeredAt) },
    {
      key: "timeframe",
      header: t("timeframe"),
      cell: (a) => (a.timeframe ? `${day(a.timeframe.start, true)}${a.timeframe.end ? ` – ${day(a.timeframe.end, true)}` : ""}` : "—"),
    },
  ];
  const delayColumns: Column<Delays[number]>[] = [
    {
      key: "mandate",
      header: t("mandate"),
      rowHeader: true,
      cell: (d) => <Link href={`/mandates/${d.mandate.slug}`}>{localized(d.mandate, "title", locale)}</Link>,
    },
    { key: "visits", header: t("completedVisits"), align: "end", cell: (d) => d.visits },
    { key: "presented", header: t("presentedReports"), align: "end", cell: (d) => d.presented },
    { key: "average", header: t("averageDelay"), cell: (d) => (d.averageDays !== null ? t("days", { count: d.averageDays }) : "—") },
    { key: "longest", header: t("longestDelay"), cell: (d) => (d.longestDays !== null ? t("days", { count: d.longestDays }) : "—") },
  ];
  return (
    <div className="space-y-6">
      <p className="text-lg" data-testid="scope">
        {report.mandate ? localized(report.mandate, "title", locale) : t("allMandates")} — {report.cycle.year}
      </p>
      <section aria-labelledby="c1" className="space-y-1">
        <h2 id="c1">{t("cat1")}</h2>
        <p data-testid="request-count">{t("requestCount", { count: report.requests.length })}</p>
      </section>
      <section aria-labelledby="c2" className="space-y-1">
        <h2 id="c2">
          {t("cat2")} ({report.statesAsked.length})
        </h2>
        {groupList(report.statesAsked, "states-asked")}
      </section>
      <section aria-labelledby="c3" className="space-y-1">
        <h2 id="c3">{t("cat3")}</h2>
        <DataTable
          caption={t("cat3")}
          captionHidden
          columns={answerColumns}
          rows={report.answers}
          rowKey={(a) => a.request.id}
          testId="answers"
          empty={t("none")}
          compact
        />
      </section>
      <section aria-labelledby="c4" className="space-y-1">
        <h2 id="c4">
          {t("cat4")} ({report.notAnsweredInCycle.length})
        </h2>
        {groupList(report.notAnsweredInCycle, "not-answered")}
      </section>
      <section aria-labelledby="c5" className="space-y-1">
        <h2 id="c5">
          {t("cat5")} ({report.stillNotAnsweringEarlier.length})
        </h2>
        {groupList(report.stillNotAnsweringEarlier, "still-not-answering")}
      </section>
      <section aria-labelledby="delays-h" className="space-y-1">
        <h2 id="delays-h">{t("delaysHeading")}</h2>
        <p className="text-sm text-slate-700">{t("delaysIntro")}</p>
        <DataTable
          caption={t("delaysHeading")}
          captionHidden
          columns={delayColumns}
          rows={delays}
          rowKey={(d) => d.mandate.slug}
          testId="delays"
          empty={t("none")}
          compact
        />
      </section>
    </div>
  );
}
