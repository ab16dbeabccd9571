// The background jobs (issue 14, item 4): graphile-worker's schema beside Prisma's, the release of
// jobs held by an instance that died, and the scheduled visit reminders (R9).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recoverJobsOfDeadWorkers } from "@/lib/jobs/recover";
import { seedDatabase } from "@/prisma/seed/index";
import { closeIntegrationDatabase } from "../support/integration";

let db: TestDatabase;
let prisma: PrismaClient;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase({ prefix: "sp_jobs" });
  process.env.DATABASE_URL = db.connectionString;
  prisma = createPrismaClient(db.connectionString, 2);
  pool = new pg.Pool({ connectionString: db.connectionString, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await closeIntegrationDatabase({ db, prisma });
});

describe("job queue", () => {
  it("lives in its own schema, installed with the migrations", async () => {
    const { rows } = await pool.query<{ n: number }>(`select count(*)::int as n from pg_tables where schemaname = 'graphile_worker'`);
    expect(rows[0]!.n).toBeGreaterThan(3);
  });

  it("releases the jobs of a runner whose instance is gone, not those of a living one nor fresh locks", async () => {
    await pool.query(`select graphile_worker.add_job('mail:deliver', '{}'::json, job_key := 'a')`);
    await pool.query(`select graphile_worker.add_job('mail:deliver', '{}'::json, job_key := 'b')`);
    await pool.query(`select graphile_worker.add_job('mail:deliver', '{}'::json, job_key := 'c')`);
    // A living instance: a session whose application_name is its worker id.
    const alive = new pg.Client({ connectionString: db.connectionString, application_name: "pool-alive1" });
    await alive.connect();
    try {
      const lock = (key: string, by: string, ago: string) =>
        pool.query(`update graphile_worker._private_jobs set locked_by = $2, locked_at = now() - $3::interval where key = $1`, [
          key,
          by,
          ago,
        ]);
      await lock("a", "pool-dead1", "1 minute");
      await lock("b", "pool-alive1", "1 minute");
      await lock("c", "pool-dead2", "1 second"); // just locked: its runner may not have opened its session yet
      expect(await recoverJobsOfDeadWorkers(pool)).toEqual(["pool-dead1"]);
      const { rows } = await pool.query<{ key: string; locked_by: string | null }>(
        `select key, locked_by from graphile_worker._private_jobs order by key`,
      );
      expect(rows).toEqual([
        { key: "a", locked_by: null },
        { key: "b", locked_by: "pool-alive1" },
        { key: "c", locked_by: "pool-dead2" },
      ]);
    } finally {
      await alive.end();
    }
  });
});

describe("scheduled visit reminders (R9)", () => {
  it("remind a request left unanswered for 60 days once, by the system, through the outbox", async () => {
    await seedDatabase(prisma, { communications: 10, now: new Date("2026-06-01T09:00:00Z"), randomSeed: 3 });
    const { sendDueVisitReminders } = await import("@/lib/visits/send-due-visit-reminders");
    const request = await prisma.visitRequest.findFirstOrThrow({
      where: { status: { in: ["REQUESTED", "REMINDED"] } },
      select: { id: true },
    });
    const now = new Date("2026-11-10T09:30:00Z"); // a Tuesday morning in Geneva
    await prisma.visitRequest.update({ where: { id: request.id }, data: { requestedAt: new Date(now.getTime() - 61 * 86_400_000) } });
    await prisma.visitEvent.deleteMany({ where: { visitRequestId: request.id, kind: "REMINDER" } });
    const first = await sendDueVisitReminders({ now });
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const events = await prisma.visitEvent.findMany({ where: { visitRequestId: request.id, kind: "REMINDER" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ recordedById: null });
    expect(await prisma.visitRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "REMINDED" });
    expect(await prisma.auditEntry.count({ where: { action: "visit-request.remind", entityId: request.id, actorId: null } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { kind: "visit.reminder" } })).toBeGreaterThanOrEqual(1);
    // Two runs at once, and a run the next day: nothing more for this request.
    await Promise.all([sendDueVisitReminders({ now }), sendDueVisitReminders({ now: new Date(now.getTime() + 86_400_000) })]);
    expect(await prisma.visitEvent.count({ where: { visitRequestId: request.id, kind: "REMINDER" } })).toBe(1);
  });
});
