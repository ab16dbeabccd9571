// The search's SQL exactly as the portal runs it (lib/search/search-plan.ts and the page query of
// lib/search/search-public-communications.ts), executed through a pg.Pool: the raw-SQL baseline.
import type pg from "pg";
import { allowServerOnlyImports } from "../lib/server-only";
import type { SqlQuery } from "./load";

export type SearchSql = {
  /** One search as the app runs it: the estimate, the count when the estimate is small, the page. */
  search(pool: pg.Pool, query: string, now?: Date): Promise<void>;
  /** The statements of that search that read rows (for EXPLAIN ANALYZE), in order, with their names. */
  statements(pool: pg.Pool, query: string, now?: Date): Promise<{ name: string; sql: SqlQuery }[]>;
  /** The exact number of matches (to choose the benchmark's parameters; the app never runs this). */
  exactCount(pool: pg.Pool, query: string, now?: Date): Promise<number>;
  /** R5's public scope over "Communication" c, as SQL text (placeholders from $1) and values. */
  publicScope(now?: Date): SqlQuery;
};

export async function loadSearchSql(): Promise<SearchSql> {
  allowServerOnlyImports();
  // Imported only now: their `import "server-only"` must meet the hook registered above.
  const { searchPageSql } = await import("../../lib/search/search-public-communications");
  const { cachedSearchTotal, countSql, searchOrder, searchTotal } = await import("../../lib/search/search-plan");
  const { publicScopeSql, searchWhere } = await import("../../lib/search/search-filters");
  const { parseSearchParams } = await import("../../lib/search/schemas");
  const { Prisma } = await import("../../lib/generated/prisma/client");
  const plain = (sql: { text: string; values: unknown[] }): SqlQuery => ({ text: sql.text, values: sql.values });
  const runner =
    (pool: pg.Pool) =>
    async <T>(sql: { text: string; values: unknown[] }): Promise<T[]> =>
      (await pool.query(sql.text, sql.values)).rows as T[];
  const parse = (query: string) => parseSearchParams(new URLSearchParams(query));
  return {
    async search(pool, query, now = new Date()) {
      const params = parse(query);
      // As the app: the total is remembered for a minute (lib/search/search-plan.ts).
      const total = await cachedSearchTotal(runner(pool), params, now);
      const page = searchPageSql(params, now, searchOrder(params, total));
      await pool.query(page.text, page.values);
    },
    async statements(pool, query, now = new Date()) {
      const params = parse(query);
      const total = await searchTotal(runner(pool), params, now);
      // The estimate is an EXPLAIN itself: it reads no rows.
      const out: { name: string; sql: SqlQuery }[] = [];
      if (total.exact) out.push({ name: "count", sql: plain(countSql(params, now)) });
      out.push({ name: `page (${searchOrder(params, total).sort})`, sql: plain(searchPageSql(params, now, searchOrder(params, total))) });
      return out;
    },
    async exactCount(pool, query, now = new Date()) {
      const sql = Prisma.sql`SELECT count(*)::int AS total FROM "Communication" c WHERE ${searchWhere(parse(query), now)}`;
      return (await pool.query<{ total: number }>(sql.text, sql.values)).rows[0]?.total ?? 0;
    },
    publicScope: (now = new Date()) => plain(publicScopeSql(now)),
  };
}
