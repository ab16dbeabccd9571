import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { MIGRATIONS_DIR, migrateDatabase } from "@/lib/db/migrate";
import { applyMigrations, readMigrations } from "@/lib/db/schema-engine";
import pg from "pg";

// Issue 12, item 2: links get a purpose (invitation or password reset), and accounts a pending
// invitation mark. An administrator invited by `npm run admin:create` before this migration who has
// not set a password yet is marked pending; everybody else is not.

const MIGRATION = "account_links";
let db: TestDatabase;
let client: pg.Client;
let before: string;

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_linksmig", migrate: false });
  before = mkdtempSync(path.join(os.tmpdir(), "sp-migrations-"));
  const all = await readMigrations(MIGRATIONS_DIR);
  const index = all.findIndex((m) => m.name.endsWith(`_${MIGRATION}`));
  expect(index).toBeGreaterThan(0);
  for (const m of all.slice(0, index)) cpSync(path.join(MIGRATIONS_DIR, m.name), path.join(before, m.name), { recursive: true });
  cpSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), path.join(before, "migration_lock.toml"));
  const previousSchema = path.join(before, all[index - 1]!.name, "schema.prisma");
  await applyMigrations({ connectionString: db.connectionString, schemaPath: previousSchema, migrationsDir: before });
  client = new pg.Client({ connectionString: db.connectionString });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await db?.drop();
  rmSync(before, { recursive: true, force: true });
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
