// Replies stored before migration search_six_languages have no "bodyWords": a Chinese reply would
// stay one unsearchable "word" per clause. SQL cannot find Chinese words (Intl.Segmenter can), so when
// that migration is applied, the replies written without spaces are spaced here, once, in batches.
// The statement-level triggers on "CommunicationReply" bring their letters' "repliesVector" up to date.
import pg from "pg";
import { indexedWords } from "../core/word-breaks";

export const SEARCH_WORDS_MIGRATION = "20261206090124_search_six_languages";

// The scripts of lib/core/word-breaks.ts (Han, kana, Thai, Lao, Khmer, Myanmar), as a PostgreSQL regular expression.
const UNSPACED_SQL =
  "[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u0e00-\\u0eff\\u1780-\\u17ff\\u1000-\\u109f]|[\\U00020000-\\U0003134f]";
const BATCH = 500;

/** Writes "bodyWords" of the stored replies that need it; returns how many were written. */
export async function spaceStoredReplies(connectionString: string): Promise<number> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  let written = 0;
  try {
    let after = "00000000-0000-0000-0000-000000000000";
    for (;;) {
      const { rows } = await client.query<{ id: string; body: string }>(
        `SELECT id, body FROM "CommunicationReply" WHERE "bodyWords" IS NULL AND body ~ $1 AND id > $2::uuid ORDER BY id LIMIT ${BATCH}`,
        [UNSPACED_SQL, after],
      );
      if (rows.length === 0) break;
      after = rows.at(-1)!.id;
      const spaced = rows.flatMap((r) => {
        const words = indexedWords(r.body);
        return words === null ? [] : [{ id: r.id, words }];
      });
      if (spaced.length === 0) continue;
      const res = await client.query(
        `UPDATE "CommunicationReply" r SET "bodyWords" = v.words FROM unnest($1::uuid[], $2::text[]) AS v(id, words) WHERE r.id = v.id`,
        [spaced.map((s) => s.id), spaced.map((s) => s.words)],
      );
      written += res.rowCount ?? 0;
    }
  } finally {
    await client.end();
  }
  return written;
}
