import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import { effectiveSort, type SearchParams } from "../search/schemas";
import { searchQueries } from "../search/search-public-communications";
import { searchWhere, textQuery } from "../search/search-filters";
import { loadCommunicationRows, ROW_COLUMNS, ROW_JOINS, type ApiCommunication } from "./communication-rows";

/**
 * One page of the public search for the JSON API (R5, R6, R8): the search's own WHERE clause and
 * count query (lib/search), so the API finds what the page finds — published letters only — with a
 * page size of the caller's choosing and the same order (relevance with a text query, else newest).
 */
export async function listPublicCommunications({ params, pageSize, now }: { params: SearchParams; pageSize: number; now: Date }): Promise<{ total: number; rows: ApiCommunication[] }> {
  const where = searchWhere(params, now);
  const rank = effectiveSort(params) === "relevance" && params.q
    ? Prisma.sql`ts_rank_cd(c."searchVector", ${textQuery(params.q)})`
    : Prisma.sql`0::real`;
  const page = Prisma.sql`
    SELECT ${ROW_COLUMNS} FROM "Communication" c ${ROW_JOINS}
    WHERE ${where}
    ORDER BY ${rank} DESC, c."sentAt" DESC, c.id
    LIMIT ${pageSize} OFFSET ${(params.page - 1) * pageSize}`;
  const [countRows, rows] = await Promise.all([
    prisma.$queryRaw<{ total: number }[]>(searchQueries(params, now).count),
    loadCommunicationRows({ sql: page }),
  ]);
  return { total: countRows[0]?.total ?? 0, rows };
}

/**
 * Every matching communication for the CSV export, in chunks: keyset pagination on (sentAt, id),
 * newest first, so the 5th thousand costs what the 1st does. Same WHERE clause as the search.
 */
export async function* publicCommunicationChunks({ params, now, chunkSize = 1000 }: { params: SearchParams; now: Date; chunkSize?: number }): AsyncGenerator<ApiCommunication[]> {
  const where = searchWhere(params, now);
  let after: { sentAt: Date; id: string } | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after ? Prisma.sql`AND (c."sentAt", c.id) < (${after.sentAt}, ${after.id}::uuid)` : Prisma.empty;
    const rows = await loadCommunicationRows({
      sql: Prisma.sql`SELECT ${ROW_COLUMNS} FROM "Communication" c ${ROW_JOINS}
        WHERE ${where} ${keyset}
        ORDER BY c."sentAt" DESC, c.id DESC LIMIT ${chunkSize}`,
    });
    if (rows.length > 0) yield rows;
    if (rows.length < chunkSize) return;
    const last = rows[rows.length - 1]!;
    after = { sentAt: last.sentAt, id: last.id };
  }
}

/** The Atom feed: the 50 most recently published (publicFrom, R5) matching communications. */
export async function recentlyPublishedCommunications({ params, now, limit = 50 }: { params: SearchParams; now: Date; limit?: number }): Promise<ApiCommunication[]> {
  return loadCommunicationRows({
    sql: Prisma.sql`SELECT ${ROW_COLUMNS} FROM "Communication" c ${ROW_JOINS}
      WHERE ${searchWhere(params, now)}
      ORDER BY c."publicFrom" DESC, c.id DESC LIMIT ${limit}`,
  });
}
