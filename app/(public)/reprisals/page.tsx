import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findPublicReprisals, parsePublicReprisalParams, publicReprisalCounts } from "@/lib/reprisals/find-public-reprisals";
import { localized } from "@/lib/i18n/localized";
import { Pagination } from "@/components/ui/pagination";
import { ReprisalCounts } from "@/components/reprisals/public-counts";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("reprisals"))("publicHeading") };
}

/** R8: the public register — cleared summaries only; identities of people at risk are never public. */
export default async function PublicReprisals({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = parsePublicReprisalParams(await searchParams);
  const [t, format, locale, list, counts] = await Promise.all([
    getTranslations("reprisals"),
    getFormatter(),
    getLocale(),
    findPublicReprisals({ params }),
    publicReprisalCounts(),
  ]);
  const query = Object.fromEntries(Object.entries({ state: params.state, year: params.year?.toString() }).filter(([, v]) => v)) as Record<
    string,
    string
  >;
  const qs = new URLSearchParams(query).toString();
  return (
    <div className="space-y-6">
      <h1>{t("publicHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("publicIntro")}</p>
      <p className="flex flex-wrap gap-4">
        <Link href="/communications?theme=reprisals">{t("reprisalsCommunications")}</Link>
        <Link href="/themes/reprisals">{t("reprisalsTheme")}</Link>
        <a href={`/api/reprisals/cases.csv${qs ? `?${qs}` : ""}`}>{t("downloadCsv")}</a>
        <a href={`/api/reprisals/cases${qs ? `?${qs}` : ""}`}>{t("json")}</a>
      </p>
      <ReprisalCounts counts={counts} selected={params} />
      <section aria-labelledby="entries-h" className="space-y-3">
        <h2 id="entries-h">{t("entries")}</h2>
        {(params.state || params.year) && (
          <p className="text-sm">
            {t("filteredBy", { state: params.state ?? "—", year: params.year ?? "—" })}{" "}
            <Link href="/reprisals" className="underline">
              {t("clearFilters")}
            </Link>
          </p>
        )}
        <p>{t("publicCount", { count: list.total })}</p>
        {list.rows.length === 0 ? (
          <p>{t("noPublicEntries")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {list.rows.map((r) => (
              <li key={r.id} className="space-y-1 py-3" data-testid="public-reprisal">
                <p className="text-sm text-slate-700">
                  <Link href={`/states/${r.state.iso3}`} className="underline">
                    {localized(r.state, "name", locale)}
                  </Link>{" "}
                  · {r.createdAt.getUTCFullYear()} · {t(`statuses.${r.status}`)}
                  {r.sgReportYear && <> · {t("inSgReport", { year: r.sgReportYear })}</>}
                </p>
                <p className="whitespace-pre-line">{r.publicSummary}</p>
                {r.publicSummaryClearedAt && (
                  <p className="text-xs text-slate-600">
                    {t("publishedOn", { date: format.dateTime(r.publicSummaryClearedAt, { dateStyle: "medium" }) })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination page={params.page} pages={list.pages} basePath="/reprisals" params={query} />
      </section>
    </div>
  );
}
