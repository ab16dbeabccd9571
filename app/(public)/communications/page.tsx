import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { findSearchFacets } from "@/lib/search/find-search-facets";
import { checkSearchParams, searchParamsToQuery } from "@/lib/search/schemas";
import { communicationsFeedUrl } from "@/lib/open-data/links";
import { PAGE_SIZE } from "@/lib/core/pagination";
import { searchPublicCommunications } from "@/lib/search/search-public-communications";
import { RELEVANCE_WINDOW, roundEstimate } from "@/lib/search/search-plan";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { keptText, searchFieldErrors } from "@/components/search/search-errors";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("search"))("heading") };
}

/** R5, R6, R8: the public database — search, filters in the URL, results, pagination. */
export default async function PublicCommunications({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // A refused parameter is left out of the search and shown beside its field (issue 13, item 3).
  const raw = await searchParams;
  const { params, issues } = checkSearchParams(raw);
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const at = now();
  const [t, facets, result] = await Promise.all([
    getTranslations("search"),
    findSearchFacets({ locale, now: at }),
    searchPublicCommunications({ params, now: at, locale }),
  ]);
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      {Object.keys(issues).length > 0 && (
        <p role="alert" className="text-red-700" data-testid="search-errors">
          {t("errorSummary")}
        </p>
      )}
      <SearchForm params={params} facets={facets} sort={result.sort} errors={searchFieldErrors(issues, t)} kept={keptText(raw, issues)} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <p role="status" data-testid="search-count">
          {result.exact ? t("count", { count: result.total }) : t("countEstimate", { count: roundEstimate(result.total) })}
        </p>
        <p className="text-sm">
          <a href={`/api/v1/communications.csv?${new URLSearchParams(searchParamsToQuery(params))}`} download>
            {t("downloadCsv")}
          </a>
          {" · "}
          <a
            href={communicationsFeedUrl({
              state: params.addressee?.startsWith("state:") ? params.addressee.slice(6) : undefined,
              mandate: params.mandate,
            })}
          >
            {t("feed")}
          </a>
          {" · "}
          <Link href="/communications/outstanding">{t("outstanding")}</Link>
        </p>
      </div>
      {result.orderNote && (
        <p className="text-sm text-slate-700" data-testid="search-order-note">
          {t(result.orderNote, { window: RELEVANCE_WINDOW })}
        </p>
      )}
      <SearchResults result={result} />
      {result.truncated && <p className="text-sm text-slate-700">{t("browseLimit", { rows: result.pages * PAGE_SIZE })}</p>}
      {issues.page && <p className="text-sm text-red-700">{t("errors.page")}</p>}
      <Pagination page={result.page} pages={result.pages} basePath="/communications" params={searchParamsToQuery(params)} />
    </div>
  );
}
