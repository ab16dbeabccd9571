import { Prisma } from "../generated/prisma/client";
import { pageCount } from "../core/pagination";
import { publicMemo } from "../public-cache/memo";
import type { SearchParams } from "./schemas";
import { searchWhere, textQuery } from "./search-filters";

// How a public search runs, the same for the page, the JSON API and the benchmark's raw-SQL baseline:
//
//  1. the planner's estimate of the matches (EXPLAIN, no rows read). Up to exactCountLimit() (5,000
//     at 200,000 letters) the matches are then counted exactly (capped); above, the total is shown
//     as an estimate ("about").
//     Counting 40,000 matches of a common word reads 40,000 rows; the estimate reads none.
//  2. the order: newest published first, or relevance (ts_rank_cd). Relevance is the default for a
//     text query with at most RELEVANCE_WINDOW matches. With more, ranking every match costs one
//     vector read per match, so the default is newest first, and relevance on request ranks the
//     RELEVANCE_WINDOW most recently published matches (the page says so).
//  3. one page of ids in that order; the callers join the columns they show.
//
// Every statement starts from an index: GIN on the letter and reply vectors, (publicFrom, id) for
// the date order — checked by EXPLAIN in tests/integration/search.test.ts.

export const EXACT_COUNT_LIMIT = 5_000;
/** An exact count stops here: a wrong estimate never makes a count read more rows than this. */
export const COUNT_CAP = 10_000;
export const RELEVANCE_WINDOW = 1_000;
/** Deep pages cost their offset: browse this far, then narrow the search or download the CSV. */
export const MAX_BROWSE_ROWS = 10_000;

export type SearchTotal = {
  total: number;
  exact: boolean;
  /**
   * Made exact by paging to the end of an estimated search (rememberSearchTotal). The order is still
   * chosen as for the estimate: a default that changed under visitors paging the same search would
   * repeat and skip rows.
   */
  learnt?: boolean;
};
export type SearchOrder = { sort: "date" | "relevance"; windowed: boolean };

/** Runs a statement and returns its rows (Prisma's $queryRaw, or a pg pool in the benchmark). */
export type RunSql = <T>(sql: Prisma.Sql) => Promise<T[]>;

export function estimateSql(params: SearchParams, now: Date): Prisma.Sql {
  return Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM "Communication" c WHERE ${searchWhere(params, now)}`;
}

export function countSql(params: SearchParams, now: Date): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM "Communication" c WHERE ${searchWhere(params, now)} LIMIT ${COUNT_CAP + 1}) x`;
}

/** The top node's row estimate of an EXPLAIN (FORMAT JSON) result. */
export function planRows(rows: { "QUERY PLAN": unknown }[]): number {
  const plan = rows[0]?.["QUERY PLAN"];
  const doc = typeof plan === "string" ? (JSON.parse(plan) as unknown) : plan;
  const top = Array.isArray(doc) ? (doc[0] as { Plan?: { "Plan Rows"?: number } } | undefined) : undefined;
  const n = top?.Plan?.["Plan Rows"];
  return typeof n === "number" && Number.isFinite(n) ? Math.max(0, Math.round(n)) : Number.POSITIVE_INFINITY;
}

/**
 * Up to how many estimated matches a search is counted: 2.5 % of the table, between 200 and
 * EXACT_COUNT_LIMIT (5,000 at 200,000 letters). Relative, because counting a quarter of a small
 * table is done by reading all of it — as costly, in proportion, as counting 50,000 of 200,000.
 */
export function exactCountLimit(tableRows: number): number {
  return Math.max(200, Math.min(EXACT_COUNT_LIMIT, Math.round(Math.max(0, tableRows) * 0.025)));
}

// The table's size as PostgreSQL last measured it (pg_class.reltuples), remembered like public data
// (lib/public-cache/memo.ts).
const tableSize = publicMemo<number>({ max: 1 });
function communicationRows(run: RunSql): Promise<number> {
  return tableSize.get("Communication", () =>
    run<{ n: number }>(Prisma.sql`SELECT reltuples::float8 AS n FROM pg_class WHERE oid = '"Communication"'::regclass`).then((r) =>
      Number(r[0]?.n ?? 0),
    ),
  );
}

/** Step 1: exact when small (counted), else the planner's estimate. */
export async function searchTotal(run: RunSql, params: SearchParams, now: Date): Promise<SearchTotal> {
  const [estimate, rows] = await Promise.all([
    run<{ "QUERY PLAN": unknown }>(estimateSql(params, now)).then(planRows),
    communicationRows(run),
  ]);
  if (estimate > exactCountLimit(rows)) return { total: estimate, exact: false };
  const counted = (await run<{ total: number }>(countSql(params, now)))[0]?.total ?? 0;
  return counted > COUNT_CAP ? { total: Math.max(estimate, counted), exact: false } : { total: counted, exact: true };
}

// The total of a search, remembered per filters (lib/public-cache/memo.ts: until any change on any
// instance, or the clock's period ends): the next page of a search, the same search in another
// language or through the API, are told the same total without asking PostgreSQL again (its estimate
// is a planning of the whole query, ~1–2 ms).
const totals = publicMemo<SearchTotal>({ max: 2_000 });

const totalKey = (params: SearchParams) => JSON.stringify({ ...params, page: undefined, sort: undefined });

/** searchTotal, remembered per filters (the page and sort do not change a total). */
export function cachedSearchTotal(run: RunSql, params: SearchParams, now: Date): Promise<SearchTotal> {
  return totals.get(totalKey(params), () => searchTotal(run, params, now));
}

/** An exact total learnt by reaching the last page: the next request of this search says it too. */
export function rememberSearchTotal(params: SearchParams, total: SearchTotal): void {
  if (total.exact) totals.set(totalKey(params), { total: total.total, exact: true, learnt: true });
}

/** Step 2: the order actually used. */
export function searchOrder(params: SearchParams, total: SearchTotal): SearchOrder {
  if (!params.q) return { sort: "date", windowed: false };
  const small = total.exact && !total.learnt && total.total <= RELEVANCE_WINDOW;
  const sort = params.sort ?? (small ? "relevance" : "date");
  return { sort, windowed: sort === "relevance" && !small };
}

/**
 * What the page must tell the visitor about the order: newest first chosen for them because the
 * result is large, or relevance ranked over the newest RELEVANCE_WINDOW matches only.
 */
export function orderNote(params: SearchParams, order: SearchOrder): "largeResultByDate" | "windowedRelevance" | null {
  if (order.windowed) return "windowedRelevance";
  return params.q && !params.sort && order.sort === "date" ? "largeResultByDate" : null;
}

/** How many pages may be browsed for this total and order. */
export function browsablePages(total: SearchTotal, order: SearchOrder, pageSize: number): number {
  return Math.min(pageLimit(order, pageSize), pageCount(total.total, pageSize));
}

/** The last page any search may show, whatever its total: the browse limit, or the relevance window. */
export function pageLimit(order: SearchOrder, pageSize: number): number {
  return pageCount(order.windowed ? RELEVANCE_WINDOW : MAX_BROWSE_ROWS, pageSize);
}

/**
 * Step 3: one page of matches as (id, publicFrom, rank). Callers join "Communication" on the id and
 * order by ORDERED_MATCHES_ORDER over the alias m.
 */
export function orderedMatchesSql(opts: {
  params: SearchParams;
  now: Date;
  order: SearchOrder;
  limit: number;
  offset: number;
}): Prisma.Sql {
  const { params, now, order, limit, offset } = opts;
  const where = searchWhere(params, now);
  const newest = Prisma.sql`ORDER BY c."publicFrom" DESC, c.id DESC`;
  if (order.sort === "date" || !params.q) {
    return Prisma.sql`SELECT c.id, c."publicFrom", 0::real AS rank FROM "Communication" c WHERE ${where} ${newest} LIMIT ${limit} OFFSET ${offset}`;
  }
  const tsq = textQuery(params.q);
  if (!order.windowed) {
    return Prisma.sql`SELECT c.id, c."publicFrom", ts_rank_cd(c."searchVector", ${tsq}) AS rank FROM "Communication" c WHERE ${where}
      ORDER BY rank DESC, c."publicFrom" DESC, c.id DESC LIMIT ${limit} OFFSET ${offset}`;
  }
  return Prisma.sql`SELECT w.id, w."publicFrom", ts_rank_cd(w."searchVector", ${tsq}) AS rank
    FROM (SELECT c.id, c."publicFrom", c."searchVector" FROM "Communication" c WHERE ${where} ${newest} LIMIT ${RELEVANCE_WINDOW}) w
    ORDER BY rank DESC, w."publicFrom" DESC, w.id DESC LIMIT ${limit} OFFSET ${offset}`;
}

export const ORDERED_MATCHES_ORDER = Prisma.sql`ORDER BY m.rank DESC, m."publicFrom" DESC, m.id DESC`;

/** All three steps' statements for a search, for EXPLAIN tests and the benchmark. */
export function searchStatements(params: SearchParams, now: Date, total: SearchTotal, pageSize: number): Prisma.Sql[] {
  const order = searchOrder(params, total);
  return [
    estimateSql(params, now),
    countSql(params, now),
    orderedMatchesSql({ params, now, order, limit: pageSize, offset: (params.page - 1) * pageSize }),
  ];
}

/** An estimate as people say it: two significant digits (39,234 → 39,000). */
export function roundEstimate(n: number): number {
  if (!Number.isFinite(n) || n < 100) return Math.round(Number.isFinite(n) ? n : 0);
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}

export type SettledPage = SearchTotal & {
  /** The pages to offer: "page N of pages", and a next link while page < pages. */
  pages: number;
  /** Matches remain after this page but the browse limit (or relevance window) stops here. */
  truncated: boolean;
};

/**
 * After the page query, which asks for one row more than a page (the lookahead) — issue 13, item 4:
 * every public record reachable by paging, whatever the estimate said.
 *
 * - rows remain after this page: a next page is offered (up to the browse limit), even when an
 *   estimate below the real number said this was the last one;
 * - no row remains: this is the last page, and the total is what was seen — exact, whatever the
 *   estimate (too high, e.g. for a phrase no letter contains, or too low). A relevance ranking
 *   limited to its window ends at the window, not at the last match: its total is left as it was;
 * - an empty page after the first (a link from an estimate that was too high) offers no next page.
 */
export function settlePage({
  estimated,
  order,
  page,
  pageSize,
  rowsFetched,
}: {
  estimated: SearchTotal;
  order: SearchOrder;
  page: number;
  pageSize: number;
  rowsFetched: number;
}): SettledPage {
  const limit = pageLimit(order, pageSize);
  const more = rowsFetched > pageSize;
  const onPage = Math.min(rowsFetched, pageSize);
  const seen = (page - 1) * pageSize + onPage;
  const endOfWindow = order.windowed && seen >= RELEVANCE_WINDOW;
  if (more) {
    const pages = Math.max(browsablePages(estimated, order, pageSize), Math.min(page + 1, limit));
    return { ...estimated, pages, truncated: page >= limit };
  }
  if (onPage > 0 || page === 1) {
    const total = endOfWindow ? estimated : { total: seen, exact: true };
    return { ...total, pages: Math.max(1, page), truncated: endOfWindow && total.total > seen };
  }
  return { ...estimated, pages: Math.max(1, Math.min(browsablePages(estimated, order, pageSize), page - 1)), truncated: false };
}
