import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/test-database";
import { databaseBeforeMigration } from "../support/before-migration";
import { migrateDatabase } from "@/lib/db/migrate";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// R15 reads the Committee's yearly seats: the flag MandateHolder.coordinationCommittee is dropped, and
// a holder still flagged becomes a member of the current Geneva year's Committee unless already seated.

const MIGRATION = "committee_gaps";
let db: TestDatabase;
let prisma: PrismaClient;
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ db, drop } = await databaseBeforeMigration(MIGRATION, { prefix: "sp_seatsmig" }));
  prisma = createPrismaClient(db.connectionString, 2);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await drop?.();
});

describe(`the migration ${MIGRATION}`, () => {
  it("seats the flagged holders on the current year's Committee, keeps existing seats, drops the flag", async () => {
    const [flagged, chair, unflagged, seatedBefore] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    // The database's own clock decides "the current year", as the migration does.
    const [row] = await prisma.$queryRawUnsafe<{ year: number }[]>(
      `SELECT EXTRACT(YEAR FROM (now() AT TIME ZONE 'Europe/Zurich'))::int AS year`,
    );
    const year = row!.year;
    await prisma.$executeRawUnsafe(`INSERT INTO "MandateHolder" ("id", "name", "coordinationCommittee") VALUES
      ('${flagged}', 'Flagged', true), ('${chair}', 'Already Chair', true), ('${unflagged}', 'Not flagged', false),
      ('${seatedBefore}', 'Last year only', false)`);
    await prisma.$executeRawUnsafe(`INSERT INTO "CommitteeMembership" ("id", "year", "mandateHolderId", "role") VALUES
      ('${randomUUID()}', ${year}, '${chair}', 'CHAIR'), ('${randomUUID()}', ${year - 1}, '${seatedBefore}', 'MEMBER')`);

    expect((await migrateDatabase(db.connectionString))[0]).toMatch(new RegExp(`_${MIGRATION}$`));
    const seats = await prisma.committeeMembership.findMany({ select: { year: true, mandateHolderId: true, role: true } });
    expect(seats.sort((a, b) => a.year - b.year || a.mandateHolderId.localeCompare(b.mandateHolderId))).toEqual([
      { year: year - 1, mandateHolderId: seatedBefore, role: "MEMBER" },
      ...[
        { year, mandateHolderId: chair, role: "CHAIR" },
        { year, mandateHolderId: flagged, role: "MEMBER" },
      ].sort((a, b) => a.mandateHolderId.localeCompare(b.mandateHolderId)),
    ]);
    const columns = await prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'MandateHolder' AND column_name = 'coordinationCommittee'`,
    );
    expect(columns[0]!.n).toBe(0n);
  });
});
