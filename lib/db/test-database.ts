// A fresh, migrated database for one test run: a new database on the PostgreSQL server named by
// TEST_DATABASE_URL (default: the local server at 127.0.0.1:5432) when it answers, otherwise a
// throwaway embedded PostgreSQL — the same server as `npm start`'s default, in a temporary directory
// deleted at drop (SP_TEST_EMBEDDED=1 forces it). Never reuses leftovers.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDatabase } from "./embedded";
import { migrateDatabase } from "./migrate";

/**
 * The name of a migrated database on the same server to copy instead of migrating each new one (set
 * by the integration tests' global setup, tests/support/template-database.ts).
 */
export const TEMPLATE_ENV = "SP_TEST_TEMPLATE_DATABASE";

export type TestDatabase = { connectionString: string; kind: "postgres" | "embedded"; drop(): Promise<void> };

const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

async function serverAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function waitUntilNoSessions(client: pg.Client, database: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const { rows } = await client.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = $1", [database]);
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function createTestDatabase(opts: { prefix?: string; migrate?: boolean } = {}): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL ?? DEFAULT_SERVER;
  const useEmbedded = process.env.SP_TEST_EMBEDDED === "1" || !(await serverAnswers(server));
  let db: TestDatabase;
  let migrated = false;
  if (useEmbedded) {
    const embedded = await startEmbeddedDatabase();
    db = { connectionString: embedded.connectionString, kind: "embedded", drop: () => embedded.stop() };
  } else {
    const name = `${opts.prefix ?? "sp_test"}_${Date.now()}_${randomBytes(3).toString("hex")}`;
    const template = opts.migrate !== false ? process.env[TEMPLATE_ENV] : undefined;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(template ? `create database "${name}" template "${template}"` : `create database "${name}"`);
    // A test database need not survive a crash: commits return without waiting for the disk.
    await admin.query(`alter database "${name}" set synchronous_commit to off`);
    await admin.end();
    if (template) migrated = true;
    db = {
      connectionString: withDatabase(server, name),
      kind: "postgres",
      async drop() {
        const c = new pg.Client({ connectionString: server });
        await c.connect();
        try {
          // A pool's end() resolves before its sockets are closed: wait for the last session to leave,
          // so that `force` never terminates a connection some client still listens on.
          await waitUntilNoSessions(c, name);
          await c.query(`drop database if exists "${name}" with (force)`);
        } finally {
          await c.end();
        }
      },
    };
  }
  if (opts.migrate !== false && !migrated) await migrateDatabase(db.connectionString);
  return db;
}
