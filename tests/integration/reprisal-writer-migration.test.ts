import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/test-database";
import { databaseBeforeMigration } from "../support/before-migration";
import { migrateDatabase } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Issue 13, item 10: a summary written before the column records its author is attributed to the
// last "reprisal.summary.write" entry of the audit log, so four eyes holds for it too.

const MIGRATION = "reprisal_summary_writer";
let db: TestDatabase;
let prisma: PrismaClient;
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ db, drop } = await databaseBeforeMigration(MIGRATION, { prefix: "sp_writermig" }));
  prisma = createPrismaClient(db.connectionString, 2);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await drop?.();
});

describe(`the migration ${MIGRATION}`, () => {
  it("takes the author of an existing summary from the audit log, and leaves it unknown without an entry", async () => {
    const [state, first, second, written, unwritten, noSummary] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
    await prisma.$executeRawUnsafe(`INSERT INTO "State" ("id", "iso3", "iso2", "nameEn", "nameFr", "nameEs", "regionalGroup")
      VALUES ('${state}', 'XXA', 'XA', 'Testland', 'Testland', 'Testland', 'AFRICAN')`);
    for (const [id, email] of [
      [first, "first@ohchr.example"],
      [second, "second@ohchr.example"],
    ])
      await prisma.$executeRawUnsafe(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt")
        VALUES ('${id}', '${email}', '${email}', '!', 'SECRETARIAT', now())`);
    for (const [id, summary] of [
      [written, "'A summary written twice.'"],
      [unwritten, "'A summary without an audit entry.'"],
      [noSummary, "NULL"],
    ])
      await prisma.$executeRawUnsafe(`INSERT INTO "ReprisalCase" ("id", "stateId", "personsConcerned", "cooperationContext", "actsAlleged", "publicSummary", "updatedAt")
        VALUES ('${id}', '${state}', 'p', 'c', 'a', ${summary}, now())`);
    await prisma.$executeRawUnsafe(`INSERT INTO "AuditEntry" ("at", "actorId", "action", "entityType", "entityId") VALUES
      (now() - interval '2 days', '${first}', 'reprisal.summary.write', 'ReprisalCase', '${written}'),
      (now() - interval '1 day', '${second}', 'reprisal.summary.write', 'ReprisalCase', '${written}'),
      (now(), '${first}', 'reprisal.summary.clear', 'ReprisalCase', '${written}'),
      (now(), '${first}', 'reprisal.summary.write', 'ReprisalCase', '${noSummary}')`);
    expect((await migrateDatabase(db.connectionString))[0]).toMatch(new RegExp(`_${MIGRATION}$`));
    const rows = await prisma.$queryRawUnsafe<{ id: string; writer: string | null }[]>(
      `SELECT "id"::text AS id, "publicSummaryWrittenById"::text AS writer FROM "ReprisalCase"`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.writer]))).toEqual({ [written]: second, [unwritten]: null, [noSummary]: null });
  });
});
