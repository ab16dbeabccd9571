import "server-only";
import { now } from "../core/clock";
import { startWorkerLoop } from "../core/worker-loop";
import { nudgeMailWorker } from "../mail/worker";
import { runFollowUp } from "./run-follow-up";

/**
 * Queues due reminders and follow-up letters (R16) every `intervalMs`, as the system, with the portal
 * clock (lib/core/worker-loop.ts: one per process, runs never overlap). Several server processes may
 * each run one: runFollowUp queues nothing twice. Returns the stop function.
 */
export function startFollowUpWorker({ intervalMs = 6 * 60 * 60 * 1000 }: { intervalMs?: number } = {}): () => void {
  return startWorkerLoop({
    name: "follow-up",
    intervalMs,
    run: async () => {
      const counts = await runFollowUp({ now: now(), actor: null });
      if (counts.reminders + counts.followUps > 0) {
        console.info(`[follow-up] queued ${counts.reminders} reminder(s) and ${counts.followUps} follow-up letter(s)`);
        nudgeMailWorker();
      }
      if (counts.failed) console.error(`[follow-up] ${counts.failed} letter(s) could not be queued; see the errors above.`);
    },
  }).stop;
}
