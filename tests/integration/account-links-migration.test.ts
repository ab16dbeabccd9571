import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "@/lib/db/test-database";
import { databaseBeforeMigration } from "../support/before-migration";
import { migrateDatabase } from "@/lib/db/migrate";
import pg from "pg";

// Issue 12, item 2: links get a purpose (invitation or password reset), and accounts a pending
// invitation mark. An administrator invited by `npm run admin:create` before this migration who has
// not set a password yet is marked pending; everybody else is not.

const MIGRATION = "account_links";
let db: TestDatabase;
let client: pg.Client;
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ db, drop } = await databaseBeforeMigration(MIGRATION, { prefix: "sp_linksmig" }));
  client = new pg.Client({ connectionString: db.connectionString });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await drop?.();
});

describe(`the migration ${MIGRATION}`, () => {
  it("marks only administrators whose invitation was never accepted as pending; every old link is an invitation", async () => {
    const ids = {
      waiting: "00000000-0000-4000-8000-000000000001",
      accepted: "00000000-0000-4000-8000-000000000002",
      seeded: "00000000-0000-4000-8000-000000000003",
    };
    await client.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt", "lastSignInAt") VALUES
      ('${ids.waiting}', 'waiting@un.example', 'Waiting', 'x', 'ADMIN', now(), NULL),
      ('${ids.accepted}', 'accepted@un.example', 'Accepted', 'x', 'ADMIN', now(), NULL),
      ('${ids.seeded}', 'seeded@un.example', 'Seeded', 'x', 'SECRETARIAT', now(), NULL)`);
    await client.query(`INSERT INTO "UserInvitation" ("id", "userId", "tokenHash", "expiresAt") VALUES
      (gen_random_uuid(), '${ids.waiting}', 'h1', now()), (gen_random_uuid(), '${ids.accepted}', 'h2', now())`);
    await client.query(
      `INSERT INTO "AuditEntry" ("action", "entityType", "entityId") VALUES ('user.accept-invitation', 'User', '${ids.accepted}')`,
    );

    expect((await migrateDatabase(db.connectionString))[0]).toMatch(new RegExp(`_${MIGRATION}$`));
    const users = await client.query<{ email: string; invitationPending: boolean }>(
      `SELECT "email", "invitationPending" FROM "User" ORDER BY "email"`,
    );
    expect(users.rows).toEqual([
      { email: "accepted@un.example", invitationPending: false },
      { email: "seeded@un.example", invitationPending: false },
      { email: "waiting@un.example", invitationPending: true },
    ]);
    const links = await client.query<{ purpose: string }>(`SELECT DISTINCT "purpose"::text FROM "UserInvitation"`);
    expect(links.rows).toEqual([{ purpose: "INVITATION" }]);
  });
});
