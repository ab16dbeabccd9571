import "server-only";
import { Prisma } from "../generated/prisma/client";
import { readRows } from "../db/client";
import { pageWindow } from "../core/pagination";
import type { SearchParams } from "../search/schemas";
import { searchWhere } from "../search/search-filters";
import { withResolvedIds } from "../search/resolve-ids";
import {
  ORDERED_MATCHES_ORDER,
  orderedMatchesSql,
  cachedSearchTotal,
  pageLimit,
  rememberSearchTotal,
  searchOrder,
  settlePage,
  type RunSql,
  type SearchOrder,
} from "../search/search-plan";
import { loadCommunicationRows, ROW_COLUMNS, ROW_JOINS, type ApiCommunication } from "./communication-rows";

/**
 * One page of the public search for the JSON API (R5, R6, R8): the search's own WHERE clause, totals
 * and order (lib/search/search-plan.ts), so the API finds what the page finds — published letters
 * only — with a page size of the caller's choosing.
 */
export async function listPublicCommunications({
  params: asked,
  pageSize,
  now,
}: {
  params: SearchParams;
  pageSize: number;
  now: Date;
}): Promise<{
  total: number;
  exact: boolean;
  sort: SearchOrder["sort"];
  windowed: boolean;
  pages: number;
  rows: ApiCommunication[];
}> {
  const params = await withResolvedIds(asked);
  const run: RunSql = (sql) => readRows(sql);
  const estimated = await cachedSearchTotal(run, params, now);
  const order = searchOrder(params, estimated);
  // One row more than the page (is there a next page?), on any page up to the browse limit: the
  // estimate decides neither (issue 13, item 4); the last page makes the total exact.
  const { skip, take } = pageWindow(params.page, pageSize);
  const matches = orderedMatchesSql({ params, now, order, limit: take + 1, offset: skip });
  const fetched =
    params.page > pageLimit(order, pageSize)
      ? []
      : await loadCommunicationRows({
          sql: Prisma.sql`SELECT ${ROW_COLUMNS} FROM (${matches}) m JOIN "Communication" c ON c.id = m.id ${ROW_JOINS} ${ORDERED_MATCHES_ORDER}`,
        });
  const settled = settlePage({ estimated, order, page: params.page, pageSize, rowsFetched: fetched.length });
  if (!estimated.exact) rememberSearchTotal(params, settled);
  return {
    total: settled.total,
    exact: settled.exact,
    sort: order.sort,
    windowed: order.windowed,
    pages: settled.pages,
    rows: fetched.slice(0, pageSize),
  };
}

/**
 * Every matching communication for the CSV export, in chunks, newest published first (the search's
 * date order). The matching ids are read once, in order (one bitmap scan and a sort); the rows are
 * then loaded by primary key, a thousand at a time — so a large export reads the matches once
 * rather than once per chunk. Same WHERE clause as the search.
 */
export async function* publicCommunicationChunks({
  params: asked,
  now,
  chunkSize = 1000,
}: {
  params: SearchParams;
  now: Date;
  chunkSize?: number;
}): AsyncGenerator<ApiCommunication[]> {
  const params = await withResolvedIds(asked);
  const ids = await readRows<{ id: string }>(Prisma.sql`
    SELECT c.id FROM "Communication" c WHERE ${searchWhere(params, now)} ORDER BY c."publicFrom" DESC, c.id DESC`);
  for (let i = 0; i < ids.length; i += chunkSize) {
    const chunk = Prisma.join(ids.slice(i, i + chunkSize).map((r) => Prisma.sql`${r.id}::uuid`));
    const rows = await loadCommunicationRows({
      sql: Prisma.sql`SELECT ${ROW_COLUMNS} FROM "Communication" c ${ROW_JOINS}
        WHERE c.id IN (${chunk}) ORDER BY c."publicFrom" DESC, c.id DESC`,
    });
    if (rows.length > 0) yield rows;
  }
}

/** The Atom feed: the 50 most recently published (publicFrom, R5) matching communications. */
export async function recentlyPublishedCommunications({
  params: asked,
  now,
  limit = 50,
}: {
  params: SearchParams;
  now: Date;
  limit?: number;
}): Promise<ApiCommunication[]> {
  const params = await withResolvedIds(asked);
  return loadCommunicationRows({
    sql: Prisma.sql`SELECT ${ROW_COLUMNS} FROM "Communication" c ${ROW_JOINS}
      WHERE ${searchWhere(params, now)}
      ORDER BY c."publicFrom" DESC, c.id DESC LIMIT ${limit}`,
  });
}
