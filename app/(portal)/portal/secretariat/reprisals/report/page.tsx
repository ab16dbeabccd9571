import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { reprisalAnnualCounts } from "@/lib/reprisals/annual-counts";
import { StatList } from "@/components/ui/stat-list";

const PATH = "/portal/secretariat/reprisals/report";

export default async function ReprisalAnnualReport({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePermission("reprisal:manage", PATH);
  const thisYear = now().getUTCFullYear();
  const year = z.coerce
    .number()
    .int()
    .min(2000)
    .max(thisYear + 1)
    .catch(thisYear)
    .parse((await searchParams).year);
  const [t, d] = await Promise.all([getTranslations("reprisals"), reprisalAnnualCounts({ actor, year })]);
  return (
    <div className="space-y-4">
      <h1>{t("annualReportHeading", { year })}</h1>
      <p className="max-w-3xl text-slate-700">{t("annualReportIntro")}</p>
      <form method="get" className="flex items-end gap-3">
        <label className="text-sm">
          <span className="block font-medium">{t("year")}</span>
          <input
            name="year"
            type="number"
            defaultValue={year}
            min={2000}
            max={thisYear + 1}
            className="rounded border border-slate-400 px-3 py-2"
          />
        </label>
        <button type="submit" className="btn-secondary">
          {t("show")}
        </button>
      </form>
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
