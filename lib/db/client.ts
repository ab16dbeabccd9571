import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";

// One pool and one client per server process (and one across hot reloads in development). The pool
// is shared: Prisma runs on it, and readRows() runs the public search's hand-written SQL on it
// directly — the hottest read path, where Prisma's raw-query layer cost four times the database's
// own time per query (measured: 2.2 ms against 0.5 ms of CPU for a 25-row page).
const globalForDb = globalThis as unknown as { pool?: pg.Pool; prisma?: PrismaClient };

function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides it.");
  return url;
}

// Prisma stores DateTime as `timestamp(3)` (no time zone) holding UTC: read it as UTC, whatever the
// process's time zone. Only for readRows(): Prisma's adapter parses its own results.
const TIMESTAMP = 1114;
const utcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP && format !== "binary"
      ? utcTimestamp
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

function pool(): pg.Pool {
  if (!globalForDb.pool) {
    const created = new pg.Pool({ connectionString: connectionString(), max: Number(process.env.SP_DB_POOL ?? 10), types });
    // An idle connection that the server closes (restart, failover, administrator) is dropped from the
    // pool and replaced on next use; without a listener, node-postgres would throw it out of the process.
    created.on("error", (err) => console.error(`Database connection lost while idle: ${err.message}`));
    globalForDb.pool = created;
  }
  return globalForDb.pool;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop, receiver) {
    globalForDb.prisma ??= new PrismaClient({
      adapter: new PrismaPg(pool()),
      // A transaction waits up to 10 s for a connection of the pool (Prisma's default is 2 s): when
      // every connection is busy — a burst, a machine short of CPU — a sign-in or a save waits its turn
      // instead of failing (the load test saw "Unable to start a transaction in the given time" with
      // the browser tests running beside it). Once started, a transaction still ends within 15 s.
      transactionOptions: { maxWait: 10_000, timeout: 15_000 },
    });
    return Reflect.get(globalForDb.prisma, prop, receiver);
  },
});

/** The process's node-postgres pool, for libraries that keep their own tables (the sign-in throttle). */
export function dbPool(): pg.Pool {
  return pool();
}

/** Rows of a read-only statement built with Prisma.sql, straight from node-postgres. */
export async function readRows<T>(sql: Prisma.Sql): Promise<T[]> {
  return (await pool().query(sql.text, sql.values)).rows as T[];
}

/** Closes the client and the pool (tests, scripts). */
export async function closeDb(): Promise<void> {
  await globalForDb.prisma?.$disconnect();
  await globalForDb.pool?.end();
  globalForDb.prisma = undefined;
  globalForDb.pool = undefined;
}

export type { PrismaClient };
