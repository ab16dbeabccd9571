import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { getBusinessHours } from "../platform/enqueue-mail";
import { findDueFollowUps } from "./find-due-follow-ups";
import { sendFollowUp } from "./send-follow-up";
import { FOLLOW_UP_SETTINGS } from "./settings";

/** Due letters handled per run; the rest wait for the next run (the worker runs every few hours). */
export const FOLLOW_UP_RUN_LIMIT = 500;

export type FollowUpRunCounts = {
  reminders: number;
  followUps: number;
  /** Due when the run looked, no longer due inside its transaction (another run sent it, a reply came). */
  skipped: number;
  /** Could not be queued (e.g. an invalid address); logged, and tried again by the next run. */
  failed: number;
};

/**
 * Queues every reminder and follow-up letter due at `now` (R16). Each letter in its own transaction,
 * so one bad address does not hold back the others. Safe to run twice, or from several processes at
 * once: nothing is queued twice (send-follow-up.ts). The worker runs it as the system (actor null);
 * the secretariat's button runs it as the person, who needs communication:dispatch.
 */
export async function runFollowUp({
  now,
  actor = null,
  limit = FOLLOW_UP_RUN_LIMIT,
}: {
  now: Date;
  actor?: Actor | null;
  limit?: number;
}): Promise<FollowUpRunCounts> {
  if (actor) assertCan(actor, "communication:dispatch");
  const counts: FollowUpRunCounts = { reminders: 0, followUps: 0, skipped: 0, failed: 0 };
  const due = await findDueFollowUps({ now, limit, settings: FOLLOW_UP_SETTINGS });
  if (due.length === 0) return counts;
  const businessHours = await getBusinessHours();
  for (const { communicationId } of due) {
    try {
      const sent = await sendFollowUp({ communicationId, now, actor, businessHours, settings: FOLLOW_UP_SETTINGS });
      if (sent === "reminder") counts.reminders++;
      else if (sent === "follow-up") counts.followUps++;
      else counts.skipped++;
    } catch (err) {
      console.error(`[follow-up] could not queue mail for communication ${communicationId}`, err);
      counts.failed++;
    }
  }
  return counts;
}
