import "server-only";
import { now, outsideRequestClock } from "../core/clock";
import { deliverDueMail } from "./deliver-due-mail";
import { createMailTransport } from "./transport";

type Worker = { stop: () => void; nudge: () => void };

// One worker per server process, also across hot reloads in development.
const globalForMail = globalThis as unknown as { spMailWorker?: Worker };

/**
 * Delivers due mail every `intervalMs`, with the portal clock. Runs never overlap: a tick that finds
 * the previous run still going is skipped. Several server processes may each run one: claims use
 * SKIP LOCKED (deliver-due-mail.ts). Returns the stop function.
 */
export function startMailWorker({ intervalMs = 30_000 }: { intervalMs?: number } = {}): () => void {
  if (globalForMail.spMailWorker) return globalForMail.spMailWorker.stop;
  const transport = createMailTransport();
  if (!transport) console.warn("[mail] SMTP_URL is not set: mail is kept in the outbox and not sent.");
  let running = false;
  let again = false;
  let stopped = false;

  const tick = async () => {
    if (stopped) return;
    // A nudge during a run asks for one more run after it, rather than a second run alongside.
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const counts = await deliverDueMail({ now: now(), transport });
      if (counts.failed) console.error(`[mail] ${counts.failed} message(s) failed for good; see the outbox.`);
    } catch (err) {
      console.error("[mail] delivery run failed", err);
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      await tick();
    }
  };

  // The timer keeps the process's time even when the first request of a test server starts it.
  const timer = outsideRequestClock(() =>
    setInterval(() => {
      if (!running) void tick(); // an overdue tick is skipped, not queued
    }, intervalMs),
  );
  timer.unref?.();
  outsideRequestClock(() => void tick());
  const worker: Worker = {
    nudge: () => void tick(),
    stop: () => {
      stopped = true;
      clearInterval(timer);
      transport?.close();
      if (globalForMail.spMailWorker === worker) delete globalForMail.spMailWorker;
    },
  };
  globalForMail.spMailWorker = worker;
  return worker.stop;
}

/**
 * Asks this process's worker for a run now, e.g. right after an urgent appeal was committed (R1:
 * urgent appeals go at once, not at the next tick). Does nothing when no worker runs here.
 */
export function nudgeMailWorker(): void {
  globalForMail.spMailWorker?.nudge();
}
