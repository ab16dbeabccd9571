import "server-only";
import { requestJob } from "../jobs/request-job";
import { TASKS } from "../jobs/schedule";

/**
 * Asks for a mail delivery run now, on whichever instance's job runner is free (lib/jobs/), e.g.
 * right after an urgent appeal was committed (R1: urgent appeals go at once, not at the next
 * minute's tick). Fire and forget: never throws.
 */
export function nudgeMailWorker(): void {
  void requestJob(TASKS.mailDeliver);
}
