// Issue 19: the embedded database moved from PGlite to a real PostgreSQL. A data directory of the
// earlier version (.data/pglite) is copied into the new one on its first start — every row of every
// table, the sequences too — and the old folder is kept; when it cannot be read, nothing is lost and
// the message gives the one command to start without it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { servePglite } from "../../lib/db/pglite-import";
import { migrateDatabase } from "../../lib/db/migrate";
import { createPrismaClient } from "../../lib/db/create-client";
import { seedDatabase } from "../../prisma/seed/index";

const NOW = new Date("2026-11-23T12:00:00Z");
// The data directory is chosen before any import: the seed's modules read it (lib/db/data-dir.ts)
// as the connection module does, once.
const hoisted = vi.hoisted(() => {
  const saved = process.env.SP_DATA_DIR;
  const dir = `${process.env.TMPDIR ?? "/tmp"}/sp-import-${process.pid}-${Date.now()}`;
  process.env.SP_DATA_DIR = dir;
  return { dir, saved };
});
const dataDir = hoisted.dir;
mkdirSync(dataDir, { recursive: true });
const pgliteDir = path.join(dataDir, "pglite");

/** Each table's rows as text, hashed: equal digests mean equal contents. */
async function digests(connectionString: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations' order by 1",
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; digest: string | null }>(
        `select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from public."${name}" t`,
      );
      out[name] = `${rows[0]?.n}:${rows[0]?.digest}`;
    }
    const { rows: seqs } = await client.query<{ name: string; value: string | null }>(
      "select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public' order by 1",
    );
    for (const s of seqs) out[`sequence ${s.name}`] = String(s.value);
    return out;
  } finally {
    await client.end();
  }
}

let before: Record<string, string>;
let connection: typeof import("../../lib/db/connection");
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, SP_DATA_DIR: hoisted.saved };

beforeAll(async () => {
  // A data directory as the earlier version left it: PGlite, migrated, seeded, a user's sign-in.
  const old = await servePglite(pgliteDir);
  try {
    await migrateDatabase(old.connectionString);
    const prisma = createPrismaClient(old.connectionString, 1);
    await seedDatabase(prisma, { communications: 30, now: NOW, randomSeed: 19 });
    await prisma.$disconnect();
    before = await digests(old.connectionString);
  } finally {
    await old.stop();
  }
  delete process.env.DATABASE_URL;
  process.env.SP_DATA_DIR = dataDir;
  connection = await import("../../lib/db/connection");
});

afterAll(() => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the first start of the embedded PostgreSQL beside a PGlite database", () => {
  it("copies every row of every table and the sequences, and keeps the old folder", async () => {
    expect(Number(before.User?.split(":")[0])).toBeGreaterThan(0);
    expect(Number(before.Communication?.split(":")[0])).toBeGreaterThan(0);
    const db = await connection.openDatabase({ log: () => {} });
    try {
      expect(db.embedded).toBe(true);
      expect(await digests(db.connectionString)).toEqual(before);
    } finally {
      await db.stop();
    }
    expect(existsSync(pgliteDir)).toBe(false);
    expect(existsSync(path.join(dataDir, "pglite-imported", "PG_VERSION"))).toBe(true);
  });

  it("copies nothing again on the next start", async () => {
    const db = await connection.openDatabase({ log: () => {} });
    try {
      expect(await digests(db.connectionString)).toEqual(before);
    } finally {
      await db.stop();
    }
  });

  it("keeps a PGlite folder it cannot read, and says how to start without it", async () => {
    rmSync(path.join(dataDir, "postgres"), { recursive: true, force: true });
    mkdirSync(pgliteDir);
    writeFileSync(path.join(pgliteDir, "PG_VERSION"), "not a database\n");
    const error = await connection.openDatabase({ log: () => {} }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toContain(`mv "${pgliteDir}" "${pgliteDir}-old" && npm start`);
    expect(readdirSync(pgliteDir)).toContain("PG_VERSION");
    // The half-made cluster is gone, so the next start tries again.
    expect(existsSync(path.join(dataDir, "postgres", "PG_VERSION"))).toBe(false);
  });
});
