import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/test-database";
import { databaseBeforeMigration } from "../support/before-migration";
import { migrateDatabase } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Issue 13, item 6: audit entries written before the rule of lib/platform/audit-fields.ts may hold
// confidential values; the migration that makes the log append-only removes them first.

const MIGRATION = "audit_append_only_and_invitations";
let db: TestDatabase;
let prisma: PrismaClient;
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ db, drop } = await databaseBeforeMigration(MIGRATION, { prefix: "sp_auditmig" }));
  prisma = createPrismaClient(db.connectionString, 2);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await drop?.();
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
