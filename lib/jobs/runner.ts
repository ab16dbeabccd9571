import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { Logger, run, type Runner, type Task, type TaskList, type WorkerEvents } from "graphile-worker";
import { log } from "../core/log";
import { now, outsideRequestClock } from "../core/clock";
import { onShutdown } from "../core/shutdown";
import { prisma } from "../db/client";
import { CRONTAB, TASKS } from "./schedule";
import { JOBS_SCHEMA } from "../db/jobs-schema";
import { recoverJobsOfDeadWorkers } from "./recover";
import { requestJob } from "./request-job";

// The background work of every server process, on graphile-worker (a PostgreSQL job queue): each
// instance runs one runner; jobs are rows claimed with SKIP LOCKED, so each runs on one instance;
// the crontab (schedule.ts) ticks once across all instances; LISTEN/NOTIFY wakes a runner the moment
// a job is added (e.g. an urgent appeal's mail, requestJob). Graceful shutdown waits for the running
// job; an instance killed mid-job has its jobs released by the others (recover.ts).

const g = globalThis as unknown as { __spJobRunner?: Promise<JobRunner | null> };

export type JobRunner = { poolId: string; stop(): Promise<void> };

const jobLogger = new Logger((scope) => (level, message, meta) => {
  // graphile-worker's own chatter at debug; what matters (failures) as warnings or errors.
  const lvl = level === "error" ? "error" : level === "warning" ? "warn" : "debug";
  log(lvl, message, { component: "jobs", workerId: scope.workerId, task: scope.taskIdentifier, jobId: scope.jobId, ...(meta ?? {}) });
});

/** Wraps a task: the portal's clock outside any request, a log line per run with its duration. */
function task(name: string, fn: (at: Date) => Promise<Record<string, unknown> | void>): Task {
  return async (_payload, helpers) =>
    outsideRequestClock(async () => {
      const started = performance.now();
      try {
        const result = await fn(now());
        log("info", "job done", {
          component: "jobs",
          task: name,
          jobId: helpers.job.id,
          attempt: helpers.job.attempts,
          durationMs: Math.round(performance.now() - started),
          ...(result ?? {}),
        });
      } catch (err) {
        log(
          "error",
          "job failed",
          { component: "jobs", task: name, jobId: helpers.job.id, attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts },
          err,
        );
        throw err; // graphile-worker retries it with exponential back-off up to max_attempts
      }
    });
}

async function taskList(pool: pg.Pool): Promise<{ tasks: TaskList; close: () => void }> {
  const [
    { deliverDueMail },
    { createMailTransport },
    { runFollowUp },
    { removeOrphanFiles },
    { sendDueVisitReminders },
    { sendDailyDigests },
  ] = await Promise.all([
    import("../mail/deliver-due-mail"),
    import("../mail/transport"),
    import("../follow-up/run-follow-up"),
    import("../files/remove-orphan-files"),
    import("../visits/send-due-visit-reminders"),
    import("../notifications/send-daily-digests"),
  ]);
  const transport = createMailTransport();
  if (!transport) log("warn", "SMTP_URL is not set: mail is kept in the outbox and not sent.", { component: "mail" });
  const tasks: TaskList = {
    [TASKS.mailDeliver]: task(TASKS.mailDeliver, async (at) => {
      const counts = await deliverDueMail({ now: at, transport });
      if (counts.failed) log("error", "mail could not be delivered; see the outbox", { component: "mail", failed: counts.failed });
      return counts;
    }),
    [TASKS.followUp]: task(TASKS.followUp, async (at) => {
      const counts = await runFollowUp({ now: at, actor: null });
      if (counts.reminders + counts.followUps > 0) await requestJob(TASKS.mailDeliver);
      return counts;
    }),
    [TASKS.visitReminders]: task(TASKS.visitReminders, async (at) => {
      const counts = await sendDueVisitReminders({ now: at });
      if (counts.sent > 0) await requestJob(TASKS.mailDeliver);
      return counts;
    }),
    [TASKS.notificationDigests]: task(TASKS.notificationDigests, async (at) => {
      const counts = await sendDailyDigests({ now: at });
      if (counts.digests > 0) await requestJob(TASKS.mailDeliver);
      return counts;
    }),
    [TASKS.orphanFiles]: task(TASKS.orphanFiles, async (at) => {
      const { removed } = await removeOrphanFiles({ db: prisma, now: at });
      return { removed: removed.length };
    }),
    [TASKS.recover]: task(TASKS.recover, async () => {
      const released = await recoverJobsOfDeadWorkers(pool);
      if (released.length) log("warn", "released the jobs of stopped instances", { component: "jobs", pools: released });
      return { released: released.length };
    }),
  };
  return { tasks, close: () => transport?.close() };
}

/**
 * A session named after the runner's pool id, open for as long as the runner runs: how the other
 * instances see that this one is alive (recover.ts). Reopened when the database drops it.
 */
function livenessSession(poolId: string): { close(): Promise<void> } {
  let client: pg.Client | null = null;
  let closed = false;
  const retry = () => {
    if (!closed) setTimeout(() => void open(), 5000).unref();
  };
  const open = async () => {
    if (closed) return;
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: poolId });
    c.on("error", () => {
      client = null;
      retry();
    });
    try {
      await c.connect();
      client = c;
    } catch {
      retry();
    }
  };
  void open();
  return {
    async close() {
      closed = true;
      await client?.end().catch(() => {});
    },
  };
}

async function start(): Promise<JobRunner> {
  const instance = (process.env.SP_INSTANCE_NAME ?? "").replace(/[^a-zA-Z0-9_-]/g, "").slice(0, 40) || undefined;
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3, application_name: "sp-portal jobs" });
  pool.on("error", (err) => log("warn", "job queue connection lost while idle", { component: "jobs", error: err.message }));
  const released = await recoverJobsOfDeadWorkers(pool).catch(() => []);
  if (released.length) log("warn", "released the jobs of stopped instances", { component: "jobs", pools: released });
  const { tasks, close } = await taskList(pool);
  // graphile-worker locks jobs in the name of its pool, whose id it draws itself: learn it here.
  const events = new EventEmitter() as WorkerEvents;
  let poolId = "";
  events.on("pool:create", ({ workerPool }) => (poolId = workerPool.id));
  const runner: Runner = await run({
    pgPool: pool,
    schema: JOBS_SCHEMA,
    concurrency: 1,
    noHandleSignals: true,
    pollInterval: 2000,
    logger: jobLogger,
    events,
    taskList: tasks,
    crontab: process.env.SP_JOBS_CRON === "0" ? "" : CRONTAB,
  });
  const alive = livenessSession(poolId);
  log("info", "job runner started", { component: "jobs", poolId, instance });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Waits for the running job (e.g. a mail being sent) to finish; takes no new one.
      await runner.stop().catch((err: unknown) => log("warn", "job runner stop", { component: "jobs" }, err));
      close();
      await alive.close();
      await pool.end().catch(() => {});
      log("info", "job runner stopped", { component: "jobs", poolId, instance });
    })());
  onShutdown("jobs", stop);
  return { poolId, stop };
}

/**
 * Starts this process's runner (once per process, across hot reloads too). Never rejects: when the
 * database cannot be reached it logs and tries again every 30 seconds, while the portal serves on.
 */
export function startJobRunner(): Promise<JobRunner | null> {
  g.__spJobRunner ??= start().catch((err: unknown) => {
    log("error", "job runner could not start; trying again in 30 s", { component: "jobs" }, err);
    g.__spJobRunner = undefined;
    setTimeout(() => void startJobRunner(), 30_000).unref();
    return null;
  });
  return g.__spJobRunner;
}
