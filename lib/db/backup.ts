// Backup and restore of the whole portal: every row of every table (the domain in `public`, the job
// queue in `graphile_worker`) and every stored file. A logical dump in Node over SQL, so it works
// the same on the embedded PostgreSQL 17 (whose npm package ships no pg_dump) and on any server,
// whatever pg_dump version the machine has. `npm run backup` / `npm run restore` (scripts/backup.ts).
//
// A backup is a directory:
//   manifest.json       format, when, the migrations it was made at, rows per table, files with sha256
//   migrations/<name>/  the Prisma migrations the database had (the restore rebuilds the schema from
//                       these, so a backup restores with a newer portal too, which then migrates it)
//   tables/<schema>.<table>.ndjson.gz   one JSON object per row (row_to_json), read in one snapshot
//   files/<key>         the stored files (lib/files/storage.ts), when the store is the local disk
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { Readable } from "node:stream";
import pg from "pg";
import { JOBS_SCHEMA } from "./jobs-schema";
import { applyMigrations } from "./schema-engine";
import { migrateJobQueue, MIGRATIONS_DIR } from "./migrate";

export const BACKUP_FORMAT = "sp-portal-backup/1";
const SCHEMAS = ["public", JOBS_SCHEMA];
// Made again by applying the migrations, not copied.
const MIGRATION_TABLES = new Set(["public._prisma_migrations", `${JOBS_SCHEMA}.migrations`]);
const FETCH = 2000;
const INSERT_BATCH = 500;
const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type Manifest = {
  format: string;
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
  sequences: { name: string; value: string | null }[];
  files: { key: string; size: number; sha256: string }[];
};

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;
const qualified = (full: string) => full.split(".").map(q).join(".");

/** Base tables of the portal's schemas, parents before children (foreign keys), as "schema.table". */
export async function listTables(db: pg.ClientBase): Promise<string[]> {
  const { rows: tables } = await db.query<{ name: string }>(
    `select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname = any($1) order by 1`,
    [SCHEMAS],
  );
  const { rows: deps } = await db.query<{ child: string; parent: string }>(
    `select cn.nspname || '.' || cc.relname as child, pn.nspname || '.' || pc.relname as parent
       from pg_constraint k
       join pg_class cc on cc.oid = k.conrelid join pg_namespace cn on cn.oid = cc.relnamespace
       join pg_class pc on pc.oid = k.confrelid join pg_namespace pn on pn.oid = pc.relnamespace
      where k.contype = 'f' and cn.nspname = any($1) and k.conrelid <> k.confrelid order by 1, 2`,
    [SCHEMAS],
  );
  const parents = new Map<string, Set<string>>();
  for (const d of deps) (parents.get(d.child) ?? parents.set(d.child, new Set()).get(d.child)!).add(d.parent);
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, stack: Set<string>) => {
    if (seen.has(t) || stack.has(t)) return;
    stack.add(t);
    for (const p of parents.get(t) ?? []) visit(p, stack);
    seen.add(t);
    ordered.push(t);
  };
  for (const { name } of tables) visit(name, new Set());
  return ordered;
}

/** Rows per table, for the manifest and for checking a restore. */
export async function countRows(db: pg.ClientBase, tables: string[]): Promise<{ name: string; rows: number }[]> {
  const out = [];
  for (const name of tables) {
    const { rows } = await db.query<{ n: string }>(`select count(*) as n from ${qualified(name)}`);
    out.push({ name, rows: Number(rows[0]!.n) });
  }
  return out;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

/** Stored files under a LocalFileStore root (root/ab/cd/<key>), with their hashes. */
export async function listStoredFiles(root: string): Promise<{ key: string; file: string; size: number; sha256: string }[]> {
  const out = [];
  const dirs = async (d: string) =>
    existsSync(d) ? (await readdir(d, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name) : [];
  for (const a of (await dirs(root)).sort())
    for (const b of (await dirs(path.join(root, a))).sort()) {
      const dir = path.join(root, a, b);
      for (const e of (await readdir(dir, { withFileTypes: true })).filter((x) => x.isFile() && KEY_PATTERN.test(x.name))) {
        const file = path.join(dir, e.name);
        const data = await readFile(file);
        out.push({ key: e.name, file, size: data.length, sha256: createHash("sha256").update(data).digest("hex") });
      }
    }
  return out.sort((x, y) => x.key.localeCompare(y.key));
}

export async function backupPortal(opts: {
  connectionString: string;
  filesDir: string;
  outDir: string;
  log?: (m: string) => void;
}): Promise<Manifest> {
  const log = opts.log ?? (() => {});
  if (existsSync(opts.outDir) && (await readdir(opts.outDir)).length)
    throw new Error(`${opts.outDir} is not empty: choose a new directory for the backup.`);
  await mkdir(path.join(opts.outDir, "tables"), { recursive: true });
  const client = new pg.Client({ connectionString: opts.connectionString });
  await client.connect();
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    migrations: [],
    tables: [],
    sequences: [],
    files: [],
  };
  try {
    // One snapshot for every table: the backup is consistent even while the portal keeps running.
    await client.query("begin isolation level repeatable read read only");
    const { rows: migrations } = await client.query<{ migration_name: string }>(
      `select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null order by migration_name`,
    );
    manifest.migrations = migrations.map((m) => m.migration_name);
    const tables = await listTables(client);
    for (const name of tables) {
      const out = createGzip();
      const done = pipeline(out, createWriteStream(path.join(opts.outDir, "tables", `${name}.ndjson.gz`)));
      const cursor = `c_${manifest.tables.length}`;
      await client.query(`declare ${cursor} no scroll cursor for select row_to_json(t)::text as j from ${qualified(name)} t`);
      let rows = 0;
      for (;;) {
        const batch = await client.query<{ j: string }>(`fetch ${FETCH} from ${cursor}`);
        if (batch.rows.length === 0) break;
        rows += batch.rows.length;
        if (!out.write(batch.rows.map((r) => r.j).join("\n") + "\n")) await new Promise((r) => out.once("drain", r));
      }
      await client.query(`close ${cursor}`);
      out.end();
      await done;
      manifest.tables.push({ name, rows });
    }
    const { rows: seqs } = await client.query<{ name: string; value: string | null }>(
      `select schemaname || '.' || sequencename as name, last_value::text as value from pg_sequences where schemaname = any($1) order by 1`,
      [SCHEMAS],
    );
    manifest.sequences = seqs;
    await client.query("commit");
  } finally {
    await client.end();
  }
  for (const name of manifest.migrations) {
    const dir = path.join(opts.outDir, "migrations", name);
    await mkdir(dir, { recursive: true });
    for (const f of ["migration.sql", "schema.prisma"]) {
      const src = path.join(MIGRATIONS_DIR, name, f);
      if (existsSync(src)) await copyFile(src, path.join(dir, f));
    }
  }
  for (const f of await listStoredFiles(opts.filesDir)) {
    const target = path.join(opts.outDir, "files", f.key);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(f.file, target);
    manifest.files.push({ key: f.key, size: f.size, sha256: f.sha256 });
  }
  await writeFile(path.join(opts.outDir, "manifest.json"), JSON.stringify(manifest, null, 2));
  log(
    `Backed up ${manifest.tables.reduce((n, t) => n + t.rows, 0)} rows in ${manifest.tables.length} tables and ${manifest.files.length} files to ${opts.outDir}`,
  );
  return manifest;
}

async function* readRows(file: string): AsyncGenerator<string> {
  const lines = readline.createInterface({ input: Readable.from(createReadStream(file).pipe(createGunzip())), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield line;
}

/**
 * Restores a backup into an empty database (a new one, or with `replace`, after dropping the
 * portal's schemas) and into `filesDir`: the backup's own migrations, then every row, then the
 * sequences, then the files; checks row counts and file hashes against the manifest and throws on
 * any difference.
 */
export async function restorePortal(opts: {
  connectionString: string;
  filesDir: string;
  inDir: string;
  replace?: boolean;
  log?: (m: string) => void;
}): Promise<Manifest> {
  const log = opts.log ?? (() => {});
  const manifest = JSON.parse(await readFile(path.join(opts.inDir, "manifest.json"), "utf8")) as Manifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`Not a backup of this format: ${manifest.format}`);
  const admin = new pg.Client({ connectionString: opts.connectionString });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname = any($1)`,
      [SCHEMAS],
    );
    if (rows[0]!.n > 0) {
      if (!opts.replace)
        throw new Error("The target database is not empty. Restore into a new database, or pass --replace to drop its portal data first.");
      log("Dropping the target's portal schemas (--replace)…");
      await admin.query(`drop schema if exists ${q(JOBS_SCHEMA)} cascade; drop schema public cascade; create schema public`);
    }
  } finally {
    await admin.end();
  }
  // The schema as it was, from the backup's own migrations.
  const migrationsDir = path.join(opts.inDir, "migrations");
  const last = manifest.migrations.at(-1);
  if (!last) throw new Error("The backup lists no migrations.");
  await applyMigrations({
    connectionString: opts.connectionString,
    schemaPath: path.join(migrationsDir, last, "schema.prisma"),
    migrationsDir,
  });
  await migrateJobQueue(opts.connectionString);

  const client = new pg.Client({ connectionString: opts.connectionString });
  await client.connect();
  try {
    await client.query("begin");
    const target = new Set(await listTables(client));
    // Rows the migrations themselves wrote (the public data's generation) give way to the backup's.
    for (const { name } of manifest.tables) {
      if (MIGRATION_TABLES.has(name) || !target.has(name)) continue;
      const { rows: any } = await client.query(`select 1 from ${qualified(name)} limit 1`);
      if (any.length) await client.query(`delete from ${qualified(name)}`);
    }
    // Restored audit rows are not changes: they must not move the generation on one by one at commit.
    const generationTrigger = await client.query(
      `select 1 from pg_trigger where tgname = 'AuditEntry_public_data_generation' and not tgisinternal`,
    );
    if (generationTrigger.rows.length) await client.query(`alter table "AuditEntry" disable trigger "AuditEntry_public_data_generation"`);
    for (const { name } of manifest.tables) {
      if (MIGRATION_TABLES.has(name)) continue;
      if (!target.has(name)) throw new Error(`Table ${name} of the backup is missing after its migrations.`);
      const { rows: cols } = await client.query<{ attname: string }>(
        `select a.attname from pg_attribute a where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = '' order by a.attnum`,
        [qualified(name)],
      );
      const columns = cols.map((c) => q(c.attname)).join(", ");
      const insert = `insert into ${qualified(name)} (${columns}) overriding system value select ${columns} from json_populate_recordset(null::${qualified(name)}, $1::json)`;
      let batch: string[] = [];
      const flush = async () => {
        if (batch.length) await client.query(insert, [`[${batch.join(",")}]`]);
        batch = [];
      };
      for await (const line of readRows(path.join(opts.inDir, "tables", `${name}.ndjson.gz`))) {
        batch.push(line);
        if (batch.length >= INSERT_BATCH) await flush();
      }
      await flush();
    }
    for (const s of manifest.sequences) {
      if (s.value !== null) await client.query(`select setval($1::regclass, $2::bigint, true)`, [qualified(s.name), s.value]);
    }
    if (generationTrigger.rows.length) await client.query(`alter table "AuditEntry" enable trigger "AuditEntry_public_data_generation"`);
    await client.query("commit");
    // Check: every table's row count as in the manifest (the migration tables too: same migrations).
    const counts = new Map((await countRows(client, [...target])).map((t) => [t.name, t.rows]));
    const wrong = manifest.tables.filter((t) => !MIGRATION_TABLES.has(t.name) && counts.get(t.name) !== t.rows);
    if (wrong.length)
      throw new Error(`Row counts differ after restore: ${wrong.map((t) => `${t.name} ${counts.get(t.name)} ≠ ${t.rows}`).join(", ")}`);
  } catch (err) {
    await client.query("rollback").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
  for (const f of manifest.files) {
    const target = path.join(opts.filesDir, f.key.slice(0, 2), f.key.slice(2, 4), f.key);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(opts.inDir, "files", f.key), target);
    if ((await sha256(target)) !== f.sha256) throw new Error(`File ${f.key} differs from the backup after restore.`);
  }
  log(
    `Restored ${manifest.tables.reduce((n, t) => n + t.rows, 0)} rows in ${manifest.tables.length} tables and ${manifest.files.length} files from ${opts.inDir}`,
  );
  return manifest;
}
