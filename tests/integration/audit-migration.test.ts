import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { MIGRATIONS_DIR, migrateDatabase } from "@/lib/db/migrate";
import { applyMigrations, readMigrations } from "@/lib/db/schema-engine";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Issue 13, item 6: audit entries written before the rule of lib/audit/audit-fields.ts may hold
// confidential values; the migration that makes the log append-only removes them first.

const MIGRATION = "audit_append_only_and_invitations";
let db: TestDatabase;
let prisma: PrismaClient;
let before: string;

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_auditmig", migrate: false });
  // Every migration up to (not including) this one, from a copy of the folder.
  before = mkdtempSync(path.join(os.tmpdir(), "sp-migrations-"));
  const all = await readMigrations(MIGRATIONS_DIR);
  const index = all.findIndex((m) => m.name.endsWith(`_${MIGRATION}`));
  expect(index).toBeGreaterThan(0);
  for (const m of all.slice(0, index)) cpSync(path.join(MIGRATIONS_DIR, m.name), path.join(before, m.name), { recursive: true });
  cpSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(before, "migration_lock.toml"));
  const previousSchema = path.join(before, all[index - 1]!.name, "schema.prisma");
  await applyMigrations({ connectionString: db.connectionString, schemaPath: previousSchema, migrationsDir: before });
  prisma = createPrismaClient(db.connectionString, 2);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
  rmSync(before, { recursive: true, force: true });
});

describe(`the migration ${MIGRATION}`, () => {
  it("removes confidential values from existing entries and keeps the rest", async () => {
    await prisma.$executeRawUnsafe(`INSERT INTO "AuditEntry" ("action", "entityType", "entityId", "before", "after") VALUES
      ('communication.update-draft', 'Communication', 'c1', '{"status":"DRAFT","body":"OLD-BODY-MARKER"}', '{"status":"DRAFT","body":"NEW-BODY-MARKER","confidentialAnnex":"ANNEX-MARKER"}'),
      ('questionnaire.respond', 'QuestionnaireResponse', 'q1', 'null', '{"answers":{"x":"ANSWER-MARKER"},"mayPublish":true}'),
      ('office-hours.book', 'OfficeHourSlot', 's1', '{"bookedByStateId":null}', '{"topic":"TOPIC-MARKER","bookedByStateId":"n"}'),
      ('user.create', 'User', 'u1', NULL, '{"email":"a@b.example","passwordHash":"HASH-MARKER"}')`);
    // This migration first, then any later ones.
    expect((await migrateDatabase(db.connectionString))[0]).toMatch(new RegExp(`_${MIGRATION}$`));
    const rows = await prisma.$queryRawUnsafe<{ before: unknown; after: unknown }[]>(
      `SELECT "before", "after" FROM "AuditEntry" ORDER BY id`,
    );
    expect(JSON.stringify(rows)).not.toMatch(/MARKER/);
    expect(rows.map((r) => r.after)).toEqual([
      { status: "DRAFT" },
      { mayPublish: true },
      { bookedByStateId: "n" },
      { email: "a@b.example" },
    ]);
    expect(rows[0]!.before).toEqual({ status: "DRAFT" });
  });
});
