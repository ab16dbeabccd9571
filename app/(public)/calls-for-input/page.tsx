import { getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { pageSchema } from "@/lib/core/pagination";
import { findPublicCalls } from "@/lib/questionnaires/find-public-calls";
import { findCallFacets } from "@/lib/questionnaires/find-call-facets";
import { filtersToQuery, parsePublicFilters } from "@/lib/questionnaires/schemas";
import { PublicFiltersForm } from "@/components/questionnaires/public-filters";
import { CallList } from "@/components/questionnaires/call-list";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("questionnaires"))("publicHeading") };
}

/** R12: the one page listing every open and past call for input across all mandates. */
export default async function CallsForInput({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const filters = parsePublicFilters(raw);
  const page = pageSchema.parse(Array.isArray(raw.page) ? raw.page[0] : raw.page);
  const at = now();
  const [t, facets, list] = await Promise.all([
    getTranslations("questionnaires"),
    findCallFacets({ now: at }),
    findPublicCalls({ filters, page, now: at }),
  ]);
  const query = filtersToQuery(filters);
  return (
    <div className="space-y-4">
      <h1>{t("publicHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("publicIntro")}</p>
      <PublicFiltersForm filters={filters} facets={facets} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <p role="status" data-testid="call-count">
          {t("count", { count: list.total })}
        </p>
        <a href={`/api/calls-for-input/feed.atom?${new URLSearchParams(query)}`}>{t("feed")}</a>
      </div>
      <CallList rows={list.rows} now={at} />
      <Pagination page={page} pages={list.pages} basePath="/calls-for-input" params={query} />
    </div>
  );
}
