// Vitest global setup of the integration tests: migrates one template database for this run, so that
// each test file's database is a copy of it (CREATE DATABASE … TEMPLATE, a fraction of a second)
// rather than a migration run of its own (seconds each). Made anew on every run and dropped at its
// end: no test relies on a database left by an earlier run. Without a PostgreSQL server the tests use
// embedded databases, migrated one by one, and this does nothing.
import { createTestDatabase, TEMPLATE_ENV, type TestDatabase } from "../../lib/db/test-database";

// Both integration projects (vitest.config.ts) name this setup, and a run of both calls it twice:
// the first call makes the template, the second shares it, and the last teardown drops it.
const shared = globalThis as typeof globalThis & {
  __spTemplate?: { users: number; ready: Promise<TestDatabase | undefined> };
};

async function makeTemplate(): Promise<TestDatabase | undefined> {
  delete process.env[TEMPLATE_ENV];
  const db = await createTestDatabase({ prefix: "sp_template" });
  if (db.kind !== "postgres") {
    await db.drop();
    return undefined;
  }
  process.env[TEMPLATE_ENV] = new URL(db.connectionString).pathname.slice(1);
  return db;
}

export async function setup(): Promise<void> {
  shared.__spTemplate ??= { users: 0, ready: makeTemplate() };
  shared.__spTemplate.users++;
  await shared.__spTemplate.ready;
}

export async function teardown(): Promise<void> {
  const held = shared.__spTemplate;
  if (!held || --held.users > 0) return;
  shared.__spTemplate = undefined;
  delete process.env[TEMPLATE_ENV];
  await (await held.ready)?.drop();
}
