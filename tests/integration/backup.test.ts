// npm run backup / npm run restore (issue 14, item 5): a seeded portal with stored files and queued
// jobs is backed up, restored into a new database and a new files directory, and found identical:
// the same rows in every table (counts and contents) and the same files (sha256).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import { backupPortal, countRows, listStoredFiles, listTables, restorePortal } from "@/lib/db/backup";
import { LocalFileStore, newStorageKey } from "@/lib/files/storage";
import { seedDatabase } from "@/prisma/seed/index";

let source: TestDatabase;
let target: TestDatabase;
let tmp: string;

async function snapshot(connectionString: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const tables = await listTables(client);
    const counts = await countRows(client, tables);
    const digests: Record<string, string> = {};
    for (const t of tables) {
      if (t.endsWith("_prisma_migrations") || t.endsWith(".migrations")) continue; // applied anew, with new timestamps
      const [schema, table] = t.split(".");
      const { rows } = await client.query<{ d: string | null }>(
        `select md5(string_agg(j, E'\\n' order by j)) as d from (select row_to_json(x)::text as j from "${schema}"."${table}" x) s`,
      );
      digests[t] = rows[0]!.d ?? "empty";
    }
    return { counts, digests };
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "sp-backup-test-"));
  source = await createTestDatabase({ prefix: "sp_backup_src" });
  const prisma = createPrismaClient(source.connectionString, 2);
  try {
    await seedDatabase(prisma, { communications: 20, now: new Date("2026-11-10T09:30:00Z"), randomSeed: 7 });
  } finally {
    await prisma.$disconnect();
  }
  const store = new LocalFileStore(path.join(tmp, "files-src"));
  for (const text of ["first annex", "second annex", "ü ∑ binary \u0000 bytes"]) await store.put(newStorageKey(), Buffer.from(text));
  const client = new pg.Client({ connectionString: source.connectionString });
  await client.connect();
  await client.query(`select graphile_worker.add_job('mail:deliver', '{}'::json, run_at := now() + interval '1 hour')`);
  await client.end();
  target = await createTestDatabase({ prefix: "sp_backup_dst", migrate: false });
}, 240_000);

afterAll(async () => {
  await source?.drop();
  await target?.drop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restore into a new database gives the same rows in every table and the same files", async () => {
    const dir = path.join(tmp, "backup");
    const manifest = await backupPortal({ connectionString: source.connectionString, filesDir: path.join(tmp, "files-src"), outDir: dir });
    expect(manifest.tables.find((t) => t.name === "public.Communication")?.rows).toBeGreaterThan(0);
    expect(manifest.tables.find((t) => t.name === "graphile_worker._private_jobs")?.rows).toBe(1);
    expect(manifest.files).toHaveLength(3);

    await restorePortal({ connectionString: target.connectionString, filesDir: path.join(tmp, "files-dst"), inDir: dir });
    const [before, after] = await Promise.all([snapshot(source.connectionString), snapshot(target.connectionString)]);
    expect(after.counts).toEqual(before.counts);
    expect(after.digests).toEqual(before.digests);
    const hashes = async (root: string) => (await listStoredFiles(root)).map((f) => [f.key, f.sha256]);
    expect(await hashes(path.join(tmp, "files-dst"))).toEqual(await hashes(path.join(tmp, "files-src")));

    // The restored database works: a new row gets a fresh sequence value, the search vector is there.
    const client = new pg.Client({ connectionString: target.connectionString });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from "Communication" where "searchVector" is not null`);
      expect(rows[0]!.n).toBe(before.counts.find((t) => t.name === "public.Communication")!.rows);
      await client.query(`select graphile_worker.add_job('mail:deliver', '{}'::json)`);
    } finally {
      await client.end();
    }
  });

  it("refuses a backup into a non-empty directory and a restore into a non-empty database", async () => {
    await expect(
      backupPortal({ connectionString: source.connectionString, filesDir: path.join(tmp, "files-src"), outDir: path.join(tmp, "backup") }),
    ).rejects.toThrow(/not empty/);
    await expect(
      restorePortal({ connectionString: source.connectionString, filesDir: path.join(tmp, "x"), inDir: path.join(tmp, "backup") }),
    ).rejects.toThrow(/not empty/);
  });
});
