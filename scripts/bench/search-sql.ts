// The search's SQL exactly as the portal runs it: searchQueries() of lib/search, rendered as
// PostgreSQL text with $n placeholders and its bind values (Prisma.Sql's `.text` and `.values`).
import { allowServerOnlyImports } from "./server-only";
import type { SqlQuery } from "./load";

export type SearchSql = {
  /** The count and page queries of a search given as a query string, e.g. "q=detention&type=AL". */
  queries(query: string, now?: Date): { count: SqlQuery; page: SqlQuery };
  /** R5's public scope over "Communication" c, as SQL text (placeholders from $1) and values. */
  publicScope(now?: Date): SqlQuery;
};

export async function loadSearchSql(): Promise<SearchSql> {
  allowServerOnlyImports();
  // Imported only now: their `import "server-only"` must meet the hook registered above.
  const { searchQueries } = await import("../../lib/search/search-public-communications");
  const { publicScopeSql } = await import("../../lib/search/search-filters");
  const { parseSearchParams } = await import("../../lib/search/schemas");
  const plain = (sql: { text: string; values: unknown[] }): SqlQuery => ({ text: sql.text, values: sql.values });
  return {
    queries(query, now = new Date()) {
      const q = searchQueries(parseSearchParams(new URLSearchParams(query)), now);
      return { count: plain(q.count), page: plain(q.page) };
    },
    publicScope: (now = new Date()) => plain(publicScopeSql(now)),
  };
}
