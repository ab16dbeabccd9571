import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { genevaYear } from "@/lib/core/geneva";
import { now } from "@/lib/core/clock";
import { localized } from "@/lib/i18n/localized";
import { caseAnnualCounts } from "@/lib/cases/case-counts";
import { StatList } from "@/components/ui/stat-list";
import { ReportYearForm } from "@/components/ui/report-year-form";
import { reportYear } from "@/lib/core/query-params";

const PATH = "/portal/secretariat/cases/report";

/** Issue 17: submissions per year, and for one year per status, State and mandate — for the annual report. */
export default async function CaseReport({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePermission("case:triage", PATH);
  const thisYear = genevaYear(now());
  const year = reportYear((await searchParams).year, thisYear);
  const [t, locale, d] = await Promise.all([getTranslations("cases"), getLocale(), caseAnnualCounts({ actor, year })]);
  const table = (caption: string, testId: string, head: string, rows: { key: string; label: string; count: number }[]) => (
    <table className="w-full max-w-2xl text-left text-sm" data-testid={testId}>
      <caption className="text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="py-2 pr-3">
            {head}
          </th>
          <th scope="col" className="py-2 pr-3 text-right">
            {t("submissions")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={2} className="py-2">
              {t("none")}
            </td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.key} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-3 font-normal">
                {r.label}
              </th>
              <td className="py-2 pr-3 text-right">{r.count}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
  return (
    <div className="space-y-6">
      <h1>{t("reportHeading", { year })}</h1>
      <p className="max-w-3xl text-slate-700">{t("reportIntro")}</p>
      <ReportYearForm year={year} max={thisYear + 1} label={t("year")} submit={t("show")} />
      <StatList
        items={[
          { label: t("countTotal"), value: d.total, testId: "count-total" },
          { label: t("countUrgent"), value: d.urgent, testId: "count-urgent" },
          ...(["RECEIVED", "UNDER_CONSIDERATION", "ACTED_UPON", "CLOSED"] as const).map((s) => ({
            label: t(`statuses.${s}`),
            value: d.statuses[s],
            testId: `count-${s}`,
          })),
        ]}
      />
      {table(
        t("perState"),
        "per-state",
        t("state"),
        d.byState.map((r) => ({
          key: r.state?.iso3 ?? "-",
          label: r.state ? localized(r.state, "name", locale) : t("noState"),
          count: r.count,
        })),
      )}
      {table(
        t("perMandate"),
        "per-mandate",
        t("mandateFilter"),
        d.byMandate.map((r) => ({ key: r.mandate.slug, label: localized(r.mandate, "title", locale), count: r.count })),
      )}
      {table(
        t("perYear"),
        "per-year",
        t("year"),
        d.perYear.map((r) => ({ key: String(r.year), label: String(r.year), count: r.count })),
      )}
      <p>
        <Link href="/portal/secretariat/cases">{t("backToQueue")}</Link>
      </p>
    </div>
  );
}
