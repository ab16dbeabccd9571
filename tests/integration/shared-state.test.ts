import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAudit, NOTHING_PUBLIC } from "@/lib/platform/write-audit";
import { LISTENER_APPLICATION_NAME, startGenerationListener, type GenerationListener } from "@/lib/public-cache/generation-listener";
import { closeIntegrationDatabase } from "../support/integration";

// Issue 14, item 1: several instances on one PostgreSQL. Two listeners stand for two server
// processes (scripts/serve.ts starts one per process): a change committed through either is known
// to both within milliseconds, never before its commit, and a lost connection is made good.

let db: TestDatabase;
let prisma: PrismaClient;
const instances: { listener: GenerationListener; values: string[]; listening: boolean[] }[] = [];

function instance() {
  const seen = { values: [] as string[], listening: [] as boolean[] };
  const listener = startGenerationListener({
    connectionString: db.connectionString,
    onValue: (v) => seen.values.push(v),
    onListening: (l) => seen.listening.push(l),
    log: () => {},
  });
  const it = { listener, ...seen };
  instances.push(it);
  return it;
}

const generation = async () => (await prisma.publicDataGeneration.findUniqueOrThrow({ where: { id: 1 } })).value;
const last = <T>(xs: T[]): T | undefined => xs[xs.length - 1];

async function waitFor(check: () => boolean, ms = 1000): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return Date.now() - start;
}

const audited = (action: string) =>
  prisma.$transaction((tx) => writeAudit(tx, { actor: null, action, entityType: "GoodStory", entityId: "x" }));

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_shared" });
  prisma = createPrismaClient(db.connectionString, 2);
});
afterAll(async () => {
  await Promise.all(instances.map((i) => i.listener.stop()));
  await closeIntegrationDatabase({ db, prisma });
});

describe("the shared public data generation", () => {
  it("is told to every instance within a second of a commit, and not before it", async () => {
    const a = instance();
    const b = instance();
    await Promise.all([a.listener.ready, b.listener.ready]);
    expect(a.listening).toEqual([true]);
    const start = await generation();
    expect(last(a.values)).toBe(String(start));

    let inside = 0n;
    await prisma.$transaction(async (tx) => {
      await writeAudit(tx, { actor: null, action: "story.submit", entityType: "GoodStory", entityId: "s1" });
      await writeAudit(tx, { actor: null, action: "story.edit", entityType: "GoodStory", entityId: "s1" });
      // Not moved before the commit: a page rendered now still reads the old data.
      inside = (await tx.publicDataGeneration.findUniqueOrThrow({ where: { id: 1 } })).value;
      await new Promise((r) => setTimeout(r, 100));
      expect(last(b.values)).toBe(String(start));
    });
    expect(inside).toBe(start);
    const now = await generation();
    expect(now).toBe(start + 2n);
    const waited = await waitFor(() => last(a.values) === String(now) && last(b.values) === String(now));
    expect(waited).toBeLessThan(1000);
  });

  it("is not moved by what changes nothing public (sign-ins), nor by a rolled-back change", async () => {
    const before = await generation();
    for (const action of NOTHING_PUBLIC) await audited(action);
    await expect(
      prisma.$transaction(async (tx) => {
        await writeAudit(tx, { actor: null, action: "story.submit", entityType: "GoodStory", entityId: "s2" });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await generation()).toBe(before);
  });

  it("is read again after the listening connection is lost, and read per request meanwhile", async () => {
    const c = instance();
    await c.listener.ready;
    // An administrator (or a failover) ends the connection.
    await prisma.$queryRawUnsafe(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = '${LISTENER_APPLICATION_NAME}'`,
    );
    await waitFor(() => c.listening.includes(false), 2000);
    await audited("story.submit");
    const now = String(await generation());
    // Meanwhile, the fallback a server uses per request while not listening:
    expect(await c.listener.readNow()).toBe(true);
    expect(last(c.values)).toBe(now);
    // Reconnected (0.5 s later), listening again, and told of the next change.
    await waitFor(() => last(c.listening) === true, 3000);
    await audited("story.edit");
    const next = String(await generation());
    await waitFor(() => last(c.values) === next);
  });
});

describe("/readyz", () => {
  it("is ready on a migrated database, names a migration that is not applied, and says when the database is away", async () => {
    const { default: pg } = await import("pg");
    const { checkReadiness, migrationNames } = await import("@/lib/core/health");
    const { MIGRATIONS_DIR } = await import("@/lib/db/migrate");
    const expected = migrationNames(MIGRATIONS_DIR);
    expect(expected.length).toBeGreaterThan(5);
    const pool = new pg.Pool({ connectionString: db.connectionString, max: 1 });
    try {
      expect(await checkReadiness(pool, expected)).toEqual({ ready: true });
      expect(await checkReadiness(pool, [...expected, "29991231000000_next"])).toEqual({
        ready: false,
        reason: "migrations",
        pending: ["29991231000000_next"],
      });
    } finally {
      await pool.end();
    }
    const away = new pg.Pool({ connectionString: "postgresql://nobody@127.0.0.1:1/none", max: 1, connectionTimeoutMillis: 500 });
    away.on("error", () => {});
    expect(await checkReadiness(away, expected)).toEqual({ ready: false, reason: "database" });
    await away.end();
  });
});
