import "server-only";
import { now, outsideRequestClock } from "../core/clock";
import { nudgeMailWorker } from "../mail/worker";
import { runFollowUp } from "./run-follow-up";

type Worker = { stop: () => void };

// One worker per server process, also across hot reloads in development.
const globalForFollowUp = globalThis as unknown as { spFollowUpWorker?: Worker };

/**
 * Queues due reminders and follow-up letters (R16) every `intervalMs`, as the system, with the portal
 * clock. Runs never overlap: a tick that finds the previous run still going is skipped. Several server
 * processes may each run one: runFollowUp queues nothing twice. Returns the stop function.
 */
export function startFollowUpWorker({ intervalMs = 6 * 60 * 60 * 1000 }: { intervalMs?: number } = {}): () => void {
  if (globalForFollowUp.spFollowUpWorker) return globalForFollowUp.spFollowUpWorker.stop;
  let running = false;
  let stopped = false;

  const tick = async () => {
    if (stopped || running) return;
    running = true;
    try {
      const counts = await runFollowUp({ now: now(), actor: null });
      if (counts.reminders + counts.followUps > 0) {
        console.info(`[follow-up] queued ${counts.reminders} reminder(s) and ${counts.followUps} follow-up letter(s)`);
        nudgeMailWorker();
      }
      if (counts.failed) console.error(`[follow-up] ${counts.failed} letter(s) could not be queued; see the errors above.`);
    } catch (err) {
      console.error("[follow-up] run failed", err);
    } finally {
      running = false;
    }
  };

  // The process's time, even when the first request of a test server starts the worker.
  const timer = outsideRequestClock(() => setInterval(() => void tick(), intervalMs));
  timer.unref?.();
  outsideRequestClock(() => void tick());
  const worker: Worker = {
    stop: () => {
      stopped = true;
      clearInterval(timer);
      if (globalForFollowUp.spFollowUpWorker === worker) delete globalForFollowUp.spFollowUpWorker;
    },
  };
  globalForFollowUp.spFollowUpWorker = worker;
  return worker.stop;
}
