import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { getJointReport } from "@/lib/joint-report/get-joint-report";
import { currentPeriod, nextPeriod, periodById, recentPeriods } from "@/lib/joint-report/periods";
import { PeriodChooser } from "@/components/joint-report/period-chooser";
import { ReportTotals } from "@/components/joint-report/report-totals";
import { ReportSection } from "@/components/joint-report/report-section";
import { SentTable } from "@/components/joint-report/sent-table";
import { EarlierRepliesTable } from "@/components/joint-report/earlier-replies-table";
import { FollowUpsTable } from "@/components/joint-report/follow-ups-table";
import { OutstandingTable } from "@/components/joint-report/outstanding-table";
import { GENEVA_DAY } from "@/components/joint-report/format";

const PATH = "/portal/secretariat/joint-report";

/** The joint communications report for one Council session (R7 outstanding letters, R16 follow-up). */
export default async function JointReportPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const actor = await requirePermission("communication:review", PATH);
  const requested = (await searchParams).period;
  const at = now();
  const current = currentPeriod(at);
  const period = (typeof requested === "string" ? periodById(requested) : null) ?? current;
  const [t, format, report] = await Promise.all([
    getTranslations("jointReport"),
    getFormatter(),
    getJointReport({ actor, periodId: period.id }),
  ]);
  // Windows end at an exclusive instant; the report names the last Geneva day they include.
  const day = (d: Date, lastDay = false) => format.dateTime(lastDay ? new Date(d.getTime() - 1) : d, GENEVA_DAY);
  const { sent, earlierReplies, followUps, outstanding } = report;
  return (
    <div className="space-y-6">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <PeriodChooser
        periods={[nextPeriod(current), ...recentPeriods(at, 6)]}
        selectedId={period.id}
        currentId={current.id}
        basePath={PATH}
      />
      <p className="text-lg font-semibold">{t("session", { session: period.session, year: String(period.year) })}</p>
      <p>
        {t("windows", {
          sentFrom: day(period.sentFrom),
          sentTo: day(period.sentTo, true),
          repliesFrom: day(period.repliesFrom),
          repliesTo: day(period.repliesTo, true),
        })}
      </p>
      <ReportTotals totals={report.totals} />
      <ReportSection id="joint-report-sent" heading={t("sent.heading")} empty={sent.length ? null : t("sent.empty")}>
        <p>
          <a href={`${PATH}/sent.csv?${new URLSearchParams({ period: period.id })}`} download>
            {t("sent.csv")}
          </a>
        </p>
        <SentTable rows={sent} />
      </ReportSection>
      <ReportSection
        id="joint-report-replies"
        heading={t("earlierReplies.heading")}
        intro={t("earlierReplies.intro")}
        empty={earlierReplies.length ? null : t("earlierReplies.empty")}
      >
        <EarlierRepliesTable rows={earlierReplies} />
      </ReportSection>
      <ReportSection
        id="joint-report-follow-ups"
        heading={t("followUps.heading")}
        intro={t("followUps.intro")}
        empty={followUps.length ? null : t("followUps.empty")}
      >
        <FollowUpsTable rows={followUps} />
      </ReportSection>
      <ReportSection
        id="joint-report-outstanding"
        heading={t("outstanding.heading")}
        intro={t("outstanding.intro")}
        empty={outstanding.perState.length ? null : t("outstanding.empty")}
      >
        <OutstandingTable rows={outstanding.perState} />
      </ReportSection>
      <p>
        {t("outstanding.otherActors", { count: outstanding.otherActors })} {t("outstanding.total", { count: outstanding.total })}
      </p>
    </div>
  );
}
