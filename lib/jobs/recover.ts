import type pg from "pg";
import { JOBS_SCHEMA } from "./schedule";

/** Worker ids of this portal start with this; each instance's job pool connects with its id as application_name. */
export const WORKER_ID_PREFIX = "spw-";

/**
 * Unlocks the jobs held by workers whose instance is gone (killed, crashed, lost its host), so that a
 * living instance runs them again now rather than after graphile-worker's four-hour lock timeout.
 * An instance is alive while PostgreSQL has a session with its worker id as application_name: its job
 * pool keeps one open for LISTEN the whole time it runs. Returns the worker ids released.
 */
export async function recoverJobsOfDeadWorkers(db: Pick<pg.Pool, "query">): Promise<string[]> {
  const { rows } = await db.query<{ locked_by: string }>(
    `select distinct locked_by from ${JOBS_SCHEMA}.jobs
      where locked_by like $1
        and locked_by not in (select application_name from pg_stat_activity where application_name like $1)`,
    [`${WORKER_ID_PREFIX}%`],
  );
  const dead = rows.map((r) => r.locked_by);
  if (dead.length) await db.query(`select ${JOBS_SCHEMA}.force_unlock_workers($1::text[])`, [dead]);
  return dead;
}
