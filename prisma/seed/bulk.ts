// Bulk insert for the large sample tables. Communications are generated CHUNK (2,000) at a time;
// their rows go to PostgreSQL STATEMENT_ROWS per statement as a single JSON parameter expanded by
// json_populate_recordset. createMany would need the same number of statements, but the Prisma
// client's own work costs about 1 ms per communication row (20,000 communications: ~25 s instead
// of ~8 s). Rows are typed with Prisma's CreateManyInput types at the call sites; columns left out
// get their defaults. Dates travel as ISO strings in UTC, which timestamp(3) columns store as is.
// (Prisma's debug ring buffer keeps the last 100 query arguments alive, so statements stay small.)
import type { Prisma } from "../../lib/generated/prisma/client";
import type { Db } from "./context";

export const CHUNK = 2000;
export const STATEMENT_ROWS = 1000;

export async function bulkInsert<T extends object>(
  db: Db,
  table: Prisma.ModelName,
  rows: readonly T[],
  chunkSize = STATEMENT_ROWS,
): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]!).map((c) => {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(c)) throw new Error(`Unexpected column name ${c}`);
    return `"${c}"`;
  });
  const list = columns.join(", ");
  const sql = `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", $1::json)`;
  for (let i = 0; i < rows.length; i += chunkSize) {
    await db.$executeRawUnsafe(sql, JSON.stringify(rows.slice(i, i + chunkSize)));
  }
  return rows.length;
}
