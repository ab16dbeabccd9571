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
import { DataTable } from "@/components/ui/data-table";

const PATH = "/portal/secretariat/cases/report";

/** Issue 17: submissions per year, and for one year per status, State and mandate — for the annual report. */
export default async function CaseReport({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requirePermission("case:triage", PATH);
  const thisYear = genevaYear(now());
  const year = reportYear((await searchParams).year, thisYear);
  const [t, locale, d] = await Promise.all([getTranslations("cases"), getLocale(), caseAnnualCounts({ actor, year })]);
  type Count = { key: string; label: string; count: number };
  const table = (caption: string, testId: string, head: string, rows: Count[]) => (
    <div className="max-w-2xl">
      <DataTable
        caption={caption}
        columns={[
          { key: "label", header: head, rowHeader: true, cell: (r: Count) => r.label },
          { key: "count", header: t("submissions"), align: "end", cell: (r: Count) => r.count },
        ]}
        rows={rows}
        rowKey={(r) => r.key}
        testId={testId}
        emptyRow={t("none")}
      />
    </div>
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
