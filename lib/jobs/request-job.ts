import "server-only";
import { dbPool } from "../db/client";
import { log } from "../core/log";
import { JOBS_SCHEMA } from "../db/jobs-schema";
import type { TaskName } from "./schedule";

/**
 * Asks for a run of `task` now, on whichever instance is free (graphile-worker wakes it through
 * NOTIFY). Calls made while one such run waits merge into it (one job key per task); a call made
 * while one runs adds one more run after it. Called after a commit (e.g. an urgent appeal's mail
 * goes at once, R1); never throws: the task's cron tick catches up anyway.
 */
export async function requestJob(
  task: TaskName,
  db: { query: (text: string, values: unknown[]) => Promise<unknown> } = dbPool(),
): Promise<void> {
  try {
    await db.query(`select ${JOBS_SCHEMA}.add_job($1, '{}'::json, job_key := $2, job_key_mode := 'replace', max_attempts := 3)`, [
      task,
      `now:${task}`,
    ]);
  } catch (err) {
    log("warn", "could not ask for a background run", { component: "jobs", task }, err);
  }
}
