import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { AnnualVisitReportData } from "@/lib/visits/get-annual-report";
import type { getPresentationDelays } from "@/lib/visits/get-annual-report";
import { localized } from "@/lib/i18n/localized";

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
      <ul className="list-disc pl-5" data-testid={testId}>
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
        {report.answers.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <table className="w-full border-collapse text-sm" data-testid="answers">
            <caption className="sr-only">{t("cat3")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-3">
                  {t("state")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("mandate")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("outcome")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("answeredOn")}
                </th>
                <th scope="col" className="py-1">
                  {t("timeframe")}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.answers.map((a) => (
                <tr key={a.request.id} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    <Link href={`/visits/${a.request.id}`}>{stateName(a.request.stateId)}</Link>
                  </th>
                  <td className="py-1 pr-3">{localized(a.request.mandate, "title", locale)}</td>
                  <td className="py-1 pr-3">{t(`events.${a.outcome}` as never)}</td>
                  <td className="py-1 pr-3">{day(a.answeredAt)}</td>
                  <td className="py-1">
                    {a.timeframe ? `${day(a.timeframe.start, true)}${a.timeframe.end ? ` – ${day(a.timeframe.end, true)}` : ""}` : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
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
        {delays.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <table className="w-full border-collapse text-sm" data-testid="delays">
            <caption className="sr-only">{t("delaysHeading")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-3">
                  {t("mandate")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("completedVisits")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("presentedReports")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("averageDelay")}
                </th>
                <th scope="col" className="py-1">
                  {t("longestDelay")}
                </th>
              </tr>
            </thead>
            <tbody>
              {delays.map((d) => (
                <tr key={d.mandate.slug} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    <Link href={`/mandates/${d.mandate.slug}`}>{localized(d.mandate, "title", locale)}</Link>
                  </th>
                  <td className="py-1 pr-3">{d.visits}</td>
                  <td className="py-1 pr-3">{d.presented}</td>
                  <td className="py-1 pr-3">{d.averageDays !== null ? t("days", { count: d.averageDays }) : "—"}</td>
                  <td className="py-1">{d.longestDays !== null ? t("days", { count: d.longestDays }) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
