// Vitest global setup of the integration tests: migrates one template database for this run, so that
// each test file's database is a copy of it (CREATE DATABASE … TEMPLATE, a fraction of a second)
// rather than a migration run of its own (seconds each). Made anew on every run and dropped at its
// end: no test relies on a database left by an earlier run. Without a PostgreSQL server the tests use
// embedded databases, migrated one by one, and this does nothing.
import { createTestDatabase, TEMPLATE_ENV, type TestDatabase } from "../../lib/db/test-database";

let template: TestDatabase | undefined;

export async function setup(): Promise<void> {
  delete process.env[TEMPLATE_ENV];
  const db = await createTestDatabase({ prefix: "sp_template" });
  if (db.kind !== "postgres") {
    await db.drop();
    return;
  }
  template = db;
  process.env[TEMPLATE_ENV] = new URL(db.connectionString).pathname.slice(1);
}

export async function teardown(): Promise<void> {
  delete process.env[TEMPLATE_ENV];
  await template?.drop();
}
