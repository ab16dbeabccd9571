import { getTranslations } from "next-intl/server";
import { getFactsAndFiguresCached } from "@/lib/statistics/get-facts-and-figures";
import { latestCompleteYear } from "@/lib/statistics/facts-rules";
import { ReportYearForm } from "@/components/ui/report-year-form";
import { FactsAndFiguresView } from "./facts-and-figures-view";

/** The page of one year: heading, year picker, downloads, then the figures. */
export async function FactsAndFiguresPage({ year, now }: { year: number; now: Date }) {
  const [t, facts] = await Promise.all([getTranslations("factsFigures"), getFactsAndFiguresCached({ year, now })]);
  return (
    <div className="space-y-6">
      <h1>{t("heading", { year: String(year) })}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro", { year: String(year), previous: String(year - 1) })}</p>
      <ReportYearForm year={year} max={latestCompleteYear(now)} label={t("year")} submit={t("show")} />
      <p className="flex flex-wrap gap-4">
        <a href={`/facts-and-figures/${year}.csv`} data-testid="facts-csv">
          {t("downloadCsv")}
        </a>
        <a href={`/facts-and-figures/${year}.pdf`} data-testid="facts-pdf">
          {t("downloadPdf")}
        </a>
      </p>
      <FactsAndFiguresView facts={facts} />
    </div>
  );
}
