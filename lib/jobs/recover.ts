import type pg from "pg";
import { JOBS_SCHEMA } from "../db/jobs-schema";

/** graphile-worker locks jobs in the name of the runner's pool: "pool-<random>". */
export const POOL_ID_PREFIX = "pool-";
/** A lock this recent is left alone: its runner may still be opening its liveness session. */
const GRACE_SECONDS = 30;

/**
 * Unlocks the jobs held by runners whose instance is gone (killed, crashed, lost its host), so that a
 * living instance runs them again now rather than after graphile-worker's four-hour lock timeout.
 * A runner is alive while PostgreSQL has a session named after its pool id (application_name): each
 * instance keeps one open for as long as its runner runs (runner.ts). Returns the pool ids released.
 */
export async function recoverJobsOfDeadWorkers(db: Pick<pg.Pool, "query">): Promise<string[]> {
  const { rows } = await db.query<{ locked_by: string }>(
    `select distinct locked_by from ${JOBS_SCHEMA}.jobs
      where locked_by like $1 and locked_at < now() - make_interval(secs => $2)
        and locked_by not in (select application_name from pg_stat_activity where application_name like $1)`,
    [`${POOL_ID_PREFIX}%`, GRACE_SECONDS],
  );
  const dead = rows.map((r) => r.locked_by);
  if (dead.length) await db.query(`select ${JOBS_SCHEMA}.force_unlock_workers($1::text[])`, [dead]);
  return dead;
}
