import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { MIGRATIONS_DIR, SCHEMA_PATH, migrateDatabase } from "@/lib/db/migrate";
import { diffSchemas, readMigrations } from "@/lib/db/schema-engine";
import { createPrismaClient } from "@/lib/db/create-client";

describe("migrations", () => {
  let db: TestDatabase;
  let firstRun: string[];

  beforeAll(async () => {
    db = await createTestDatabase({ prefix: "sp_mig", migrate: false });
    firstRun = await migrateDatabase(db.connectionString);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("apply every migration on an empty database", async () => {
    const all = await readMigrations(MIGRATIONS_DIR);
    expect(all.length).toBeGreaterThan(0);
    expect(firstRun).toEqual(all.map((m) => m.name));
  });

  it("apply nothing the second time", async () => {
    expect(await migrateDatabase(db.connectionString)).toEqual([]);
  });

  it("are up to date with prisma/schema.prisma (no change left without a migration)", async () => {
    const all = await readMigrations(MIGRATIONS_DIR);
    const last = all.at(-1)!;
    const snapshot = await readFile(path.join(MIGRATIONS_DIR, last.name, "schema.prisma"), "utf8");
    const sql = await diffSchemas(snapshot, await readFile(SCHEMA_PATH, "utf8"));
    expect(sql.replace(/--.*$/gm, "").trim()).toBe("");
  });

  it("give a database every model of the Prisma client can query", async () => {
    const prisma = createPrismaClient(db.connectionString, 2);
    try {
      const delegates = Object.keys(prisma).filter((k) => !k.startsWith("$") && !k.startsWith("_"));
      const models = delegates.filter((k) => typeof (prisma as unknown as Record<string, { count?: unknown }>)[k]?.count === "function");
      expect(models.length).toBeGreaterThan(40);
      for (const model of models) {
        const count = await (prisma as unknown as Record<string, { count: () => Promise<number> }>)[model]!.count();
        // The one row of the public data's generation comes with its migration.
        expect(count, model).toBe(model === "publicDataGeneration" ? 1 : 0);
      }
    } finally {
      await prisma.$disconnect();
    }
  });
});
