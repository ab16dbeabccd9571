// What runs in the background, and when (issue 14). Pure data, shared by the runner and its tests.
// Cron lines are read by graphile-worker (UTC, minute resolution). Every instance registers the same
// schedule; graphile-worker's `known_crontabs` table makes each tick run once across all of them, and
// `?fill=` runs a tick missed while every instance was down (at most that far back).

export const TASKS = {
  /** Delivers due mail from the outbox (lib/mail/deliver-due-mail.ts). Also asked for after a commit. */
  mailDeliver: "mail:deliver",
  /** R16: reminders before the reply deadline and follow-up letters after it. */
  followUp: "follow-up:run",
  /** R9: reminds missions of visit requests left unanswered. */
  visitReminders: "visits:remind",
  /** Deletes stored files that no attachment names (lib/files/remove-orphan-files.ts). */
  orphanFiles: "files:sweep-orphans",
  /** Issue 17, item 5: the daily digest of notifications, one mail per person and Geneva day. */
  notificationDigests: "notifications:digest",
  /** Gives the jobs of an instance that died mid-run to the living ones (lib/jobs/recover.ts). */
  recover: "jobs:recover",
} as const;

export type TaskName = (typeof TASKS)[keyof typeof TASKS];

/**
 * The crontab. `max=` bounds graphile-worker's own retries of a failed run (with its exponential
 * back-off); mail keeps its per-message attempts in the outbox (deliver-due-mail.ts).
 */
export const CRONTAB = [
  `* * * * * ${TASKS.mailDeliver} ?max=3`,
  `* * * * * ${TASKS.recover} ?max=1`,
  `0 */6 * * * ${TASKS.followUp} ?fill=6h&max=5`,
  `0 7 * * * ${TASKS.visitReminders} ?fill=1d&max=5`,
  `30 * * * * ${TASKS.orphanFiles} ?fill=1h&max=3`,
  // 15:00 UTC is 16:00 or 17:00 in Geneva: inside business hours, so the digest goes the same day (R1).
  `0 15 * * * ${TASKS.notificationDigests} ?fill=1d&max=5`,
].join("\n");
