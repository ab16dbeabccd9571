import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { reprisalAnnualCounts } from "@/lib/reprisals/annual-counts";
import { StatList } from "@/components/ui/stat-list";
import { ReportYearForm } from "@/components/ui/report-year-form";
import { reportYear } from "@/lib/core/query-params";

const PATH = "/portal/secretariat/reprisals/report";

export default async function ReprisalAnnualReport({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePermission("reprisal:manage", PATH);
  const thisYear = now().getUTCFullYear();
  const year = reportYear((await searchParams).year, thisYear);
  const [t, d] = await Promise.all([getTranslations("reprisals"), reprisalAnnualCounts({ actor, year })]);
  return (
    <div className="space-y-4">
      <h1>{t("annualReportHeading", { year })}</h1>
      <p className="max-w-3xl text-slate-700">{t("annualReportIntro")}</p>
      <ReportYearForm year={year} max={thisYear + 1} label={t("year")} submit={t("show")} />
      <StatList
        items={[
          { label: t("countRecorded"), value: d.recorded, testId: "count-recorded" },
          { label: t("countCommunicated"), value: d.communicated, testId: "count-communicated" },
          { label: t("countInReport"), value: d.inReport, testId: "count-in-report" },
          { label: t("countFollowUps"), value: d.followUps, testId: "count-follow-ups" },
        ]}
      />
      <h2>{t("referralsPerBody")}</h2>
      <StatList
        items={(["HIGH_COMMISSIONER", "COUNCIL_PRESIDENT", "ASSISTANT_SECRETARY_GENERAL"] as const).map((b) => ({
          label: t(`bodies.${b}`),
          value: d.referrals[b],
          testId: `count-${b}`,
        }))}
      />
      <p>
        <Link href="/portal/secretariat/reprisals">{t("backToCases")}</Link>
      </p>
    </div>
  );
}
