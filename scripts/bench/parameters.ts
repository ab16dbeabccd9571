// Realistic parameters for the benchmark, read from the seeded data: a frequent word, the State and
// the other actor with most public communications, public communications for the detail page, and
// a filter whose result has at least 5,000 rows for the CSV export.
import type pg from "pg";
import type { SearchSql } from "./search-sql";

export type BenchParameters = {
  word: string;
  wordCount: number;
  state: { iso3: string; count: number };
  actor: { id: string; name: string; count: number } | null;
  detailIds: string[];
  csv: { query: string; count: number };
  publicCount: number;
};

const WORDS = ["detention", "torture", "journalists", "defenders", "threats", "prosecution"];
export const CSV_MIN_ROWS = 5_000;

async function count(db: pg.Pool, sql: SearchSql, query: string): Promise<number> {
  return sql.exactCount(db, query);
}

export async function pickParameters(db: pg.Pool, sql: SearchSql, log: (msg: string) => void): Promise<BenchParameters> {
  const scope = sql.publicScope();
  // Placeholders of the scope start at $1; the queries below add none of their own.
  const publicCount =
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Communication" c WHERE ${scope.text}`, scope.values)).rows[0]?.n ?? 0;
  if (publicCount === 0) throw new Error("The seeded database has no public communication");

  // The preferred word ("detention") unless another of the candidates is much more frequent.
  const wordCounts = await Promise.all(WORDS.map(async (w) => ({ word: w, count: await count(db, sql, `q=${w}`) })));
  const best = [...wordCounts].sort((a, b) => b.count - a.count)[0]!;
  const preferred = wordCounts[0]!;
  const chosenWord = preferred.count * 2 >= best.count && preferred.count > 0 ? preferred : best;
  log(`  words: ${wordCounts.map((w) => `${w.word}=${w.count}`).join(", ")}`);

  const stateRow = (
    await db.query<{ iso3: string; n: number }>(
      `SELECT s.iso3, count(*)::int AS n FROM "Communication" c JOIN "State" s ON s.id = c."addresseeStateId"
     WHERE ${scope.text} GROUP BY s.iso3 ORDER BY n DESC, s.iso3 LIMIT 1`,
      scope.values,
    )
  ).rows[0];
  if (!stateRow) throw new Error("No public communication addressed to a State");
  const actorRow = (
    await db.query<{ id: string; name: string; n: number }>(
      `SELECT a.id, a.name, count(*)::int AS n FROM "Communication" c JOIN "OtherActor" a ON a.id = c."addresseeOtherActorId"
     WHERE ${scope.text} GROUP BY a.id, a.name ORDER BY n DESC, a.name LIMIT 1`,
      scope.values,
    )
  ).rows[0];
  // 50 public communications, spread over the table (deterministic order), half of them with replies if any.
  const detailIds = (
    await db.query<{ id: string }>(
      `SELECT c.id FROM "Communication" c WHERE ${scope.text}
     ORDER BY EXISTS (SELECT 1 FROM "CommunicationReply" r WHERE r."communicationId" = c.id) DESC, md5(c.id::text) LIMIT 25`,
      scope.values,
    )
  ).rows
    .concat(
      (
        await db.query<{ id: string }>(
          `SELECT c.id FROM "Communication" c WHERE ${scope.text} ORDER BY md5(c.id::text) DESC LIMIT 25`,
          scope.values,
        )
      ).rows,
    )
    .map((r) => r.id);

  // The CSV filter: of a few realistic filters, the one whose result is closest above 5,000 rows.
  const years = (
    await db.query<{ y: number }>(
      `SELECT extract(year FROM c."sentAt")::int AS y FROM "Communication" c WHERE ${scope.text} GROUP BY 1 ORDER BY count(*) DESC LIMIT 4`,
      scope.values,
    )
  ).rows.map((r) => r.y);
  const themes = (
    await db.query<{ slug: string }>(
      `SELECT t.slug FROM "CommunicationTheme" ct JOIN "Theme" t ON t.id = ct."themeId" GROUP BY t.slug ORDER BY count(*) DESC LIMIT 4`,
    )
  ).rows.map((r) => r.slug);
  const candidates = [
    `q=${chosenWord.word}`,
    `q=${chosenWord.word}&type=AL`,
    `q=${chosenWord.word}&type=UA`,
    "type=AL",
    "type=UA",
    "type=OL",
    ...years.map((y) => `year=${y}`),
    ...years.slice(0, 2).map((y) => `type=AL&year=${y}`),
    ...themes.map((t) => `theme=${t}`),
    ...themes.slice(0, 2).map((t) => `theme=${t}&type=AL`),
    `addressee=state:${stateRow.iso3}`,
    ...years.slice(0, 2).map((y) => `addressee=state:${stateRow.iso3}&year=${y}`),
  ];
  const counted = await Promise.all(candidates.map(async (query) => ({ query, count: await count(db, sql, query) })));
  const big = counted.filter((c) => c.count >= CSV_MIN_ROWS).sort((a, b) => a.count - b.count);
  const csv = big[0] ?? [...counted].sort((a, b) => b.count - a.count)[0]!;
  if (csv.count < CSV_MIN_ROWS)
    log(`  no filter yields ${CSV_MIN_ROWS} rows on this data set: the CSV uses the largest, ${csv.count} rows`);

  return {
    word: chosenWord.word,
    wordCount: chosenWord.count,
    state: { iso3: stateRow.iso3, count: stateRow.n },
    actor: actorRow ? { id: actorRow.id, name: actorRow.name, count: actorRow.n } : null,
    detailIds,
    csv,
    publicCount,
  };
}
