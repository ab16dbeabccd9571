// Up to issue 19 the embedded database was PGlite under .data/pglite. On the first start of the
// embedded PostgreSQL, that data is copied into it (never deleted: the folder is renamed
// .data/pglite-imported), so nobody loses what they entered.
import { mkdirSync } from "node:fs";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { freePort } from "./embedded";
import { migrateDatabase } from "./migrate";

export type PgliteServer = { connectionString: string; stop(): Promise<void> };

/** PGlite on `dataDir` behind its wire-protocol socket, for one client at a time (migrations, the copy). */
export async function servePglite(dataDir: string): Promise<PgliteServer> {
  mkdirSync(dataDir, { recursive: true });
  // unaccent: the migrations create it (search_six_languages), and PGlite ships contrib extensions apart.
  const db = await PGlite.create({ dataDir, extensions: { unaccent } });
  const port = await freePort();
  // A few slots for the schema engine, which opens more than one connection while migrating; the copy
  // itself reads through a single client, so no two exchanges interleave in PGlite's one backend.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 4 });
  await server.start();
  return {
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export type ImportResult = { tables: number; rows: number; perTable: Record<string, number> };

/**
 * Copies every table of the PGlite database into `targetUrl`, a database just created and holding
 * nothing but what the migrations insert. Both are migrated first, so they have the same tables and
 * columns. Runs in one transaction on the target: all or nothing. Row counts are checked per table.
 */
export async function importPglite(opts: { pgliteDir: string; targetUrl: string; log?: (msg: string) => void }): Promise<ImportResult> {
  const log = opts.log ?? console.log;
  let source: PgliteServer;
  try {
    source = await servePglite(opts.pgliteDir);
  } catch (err) {
    throw new Error(`the PGlite database in ${opts.pgliteDir} could not be opened (${String(err)})`);
  }
  const from = new pg.Client({ connectionString: source.connectionString });
  const to = new pg.Client({ connectionString: opts.targetUrl });
  try {
    const sourceApplied = await migrateDatabase(source.connectionString);
    if (sourceApplied.length) log(`  brought the PGlite database up to date: ${sourceApplied.join(", ")}`);
    await migrateDatabase(opts.targetUrl);
    await from.connect();
    await to.connect();
    const { rows: tables } = await to.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations' order by tablename",
    );
    const perTable: Record<string, number> = {};
    await to.query("begin");
    // Foreign keys and triggers are not re-checked row by row (the source was consistent, and the
    // trigger-maintained columns are copied as they are): the order of the tables does not matter.
    await to.query("set local session_replication_role = replica");
    if (tables.length) await to.query(`truncate ${tables.map((t) => `public.${ident(t.name)}`).join(", ")}`);
    for (const { name } of tables) {
      const table = `public.${ident(name)}`;
      const { rows: columns } = await to.query<{ name: string }>(
        "select attname as name from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = '' order by attnum",
        [table],
      );
      const list = columns.map((c) => ident(c.name)).join(", ");
      let copied = 0;
      // In batches, in the order rows lie in the table (the source is not written meanwhile).
      for (;;) {
        const { rows } = await from.query<{ batch: string | null }>(
          `select json_agg(t)::text as batch from (select * from ${table} order by ctid offset $1 limit 2000) t`,
          [copied],
        );
        const batch = rows[0]?.batch;
        if (!batch) break;
        const res = await to.query(`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, $1::json)`, [
          batch,
        ]);
        copied += res.rowCount ?? 0;
      }
      const expected = Number((await from.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]?.n);
      const got = Number((await to.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]?.n);
      if (expected !== got) throw new Error(`${name}: ${got} rows copied of ${expected}`);
      perTable[name] = got;
    }
    const { rows: sequences } = await from.query<{ name: string; value: string | null }>(
      "select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public'",
    );
    for (const s of sequences) {
      if (s.value !== null) await to.query("select setval($1::regclass, $2::bigint, true)", [`public.${ident(s.name)}`, s.value]);
    }
    await to.query("commit");
    await to.query("analyze");
    const rows = Object.values(perTable).reduce((a, b) => a + b, 0);
    return { tables: tables.length, rows, perTable };
  } catch (err) {
    await to.query("rollback").catch(() => {});
    throw err;
  } finally {
    await from.end().catch(() => {});
    await to.end().catch(() => {});
    await source.stop();
  }
}
