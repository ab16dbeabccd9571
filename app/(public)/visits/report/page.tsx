import { getLocale, getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { getAnnualVisitReport, getPresentationDelays } from "@/lib/visits/get-annual-report";
import { publicVisitFacets } from "@/lib/visits/find-public-visits";
import { reportParams } from "@/lib/visits/report-params";
import { localized } from "@/lib/i18n/localized";
import { AnnualReportView } from "@/components/visits/annual-report-view";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("visits"))("annualReport") };
}

export default async function AnnualVisitReportPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { year, mandate } = reportParams(await searchParams, now());
  const [t, locale, report, facets, delays] = await Promise.all([
    getTranslations("visits"),
    getLocale(),
    getAnnualVisitReport({ year, mandateSlug: mandate }),
    publicVisitFacets(),
    getPresentationDelays(),
  ]);
  const csv = `/api/visits/report.csv?${new URLSearchParams({ year: String(year), ...(mandate ? { mandate } : {}) })}`;
  const select = "block rounded border border-slate-400 bg-white px-2 py-1";
  return (
    <div className="space-y-6">
      <h1>{t("annualReport")}</h1>
      <p className="max-w-3xl text-slate-700">{t("annualReportIntro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label={t("filters")}>
        <label className="text-sm">
          {t("year")}
          <input type="number" name="year" min={1990} defaultValue={year} className={`${select} w-24`} />
        </label>
        <label className="text-sm">
          {t("mandate")}
          <select name="mandate" defaultValue={mandate ?? ""} className={`${select} max-w-xs`}>
            <option value="">{t("allMandates")}</option>
            {facets.mandates.map((m) => (
              <option key={m.slug} value={m.slug}>
                {localized(m, "title", locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn-primary">
          {t("show")}
        </button>
      </form>
      <p>
        <a href={csv} data-testid="report-csv">
          {t("downloadCsv")}
        </a>
      </p>
      <AnnualReportView report={report} delays={delays} />
    </div>
  );
}
