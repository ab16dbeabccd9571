import "server-only";
import { now } from "../core/clock";
import { nudgeWorker, runningWorker, startWorkerLoop } from "../core/worker-loop";
import { deliverDueMail } from "./deliver-due-mail";
import { createMailTransport } from "./transport";

const NAME = "mail";

/**
 * Delivers due mail every `intervalMs`, with the portal clock (lib/core/worker-loop.ts: one per
 * process, runs never overlap, a nudge during a run asks for one more). Several server processes may
 * each run one: claims use SKIP LOCKED (deliver-due-mail.ts). Returns the stop function.
 */
export function startMailWorker({ intervalMs = 30_000 }: { intervalMs?: number } = {}): () => void {
  const running = runningWorker(NAME);
  if (running) return running.stop;
  const transport = createMailTransport();
  const worker = startWorkerLoop({
    name: NAME,
    intervalMs,
    run: async () => {
      const counts = await deliverDueMail({ now: now(), transport });
      if (counts.failed) console.error(`[mail] ${counts.failed} message(s) failed for good; see the outbox.`);
    },
    onStop: () => transport?.close(),
  });
  if (!transport) console.warn("[mail] SMTP_URL is not set: mail is kept in the outbox and not sent.");
  return worker.stop;
}

/**
 * Asks this process's worker for a run now, e.g. right after an urgent appeal was committed (R1:
 * urgent appeals go at once, not at the next tick). Does nothing when no worker runs here.
 */
export function nudgeMailWorker(): void {
  nudgeWorker(NAME);
}
