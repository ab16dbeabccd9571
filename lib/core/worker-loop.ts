import { outsideRequestClock } from "./clock";

// The loop behind every background worker of a server process (the mail outbox, the follow-up of
// letters): one per process and name, also across hot reloads in development; a run at start and then
// every `intervalMs`; runs never overlap — a tick that finds the previous run still going is skipped,
// while a nudge during a run asks for one more run right after it; an error is logged and the loop
// goes on. It keeps the process's own time even when the first request of a test server starts it
// (lib/core/clock.ts).

export type WorkerLoop = { stop: () => void; nudge: () => void };

const globalForWorkers = globalThis as unknown as { spWorkers?: Map<string, WorkerLoop> };
const workers = (globalForWorkers.spWorkers ??= new Map<string, WorkerLoop>());

export function startWorkerLoop({
  name,
  intervalMs,
  run,
  onStop,
}: {
  name: string;
  intervalMs: number;
  run: () => Promise<void>;
  onStop?: () => void;
}): WorkerLoop {
  const existing = workers.get(name);
  if (existing) return existing;
  let running = false;
  let again = false;
  let stopped = false;

  const tick = async (): Promise<void> => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await run();
    } catch (err) {
      console.error(`[${name}] run failed`, err);
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      await tick();
    }
  };

  const timer = outsideRequestClock(() =>
    setInterval(() => {
      if (!running) void tick(); // an overdue tick is skipped, not queued
    }, intervalMs),
  );
  timer.unref?.();
  outsideRequestClock(() => void tick());
  const worker: WorkerLoop = {
    nudge: () => void tick(),
    stop: () => {
      stopped = true;
      clearInterval(timer);
      onStop?.();
      if (workers.get(name) === worker) workers.delete(name);
    },
  };
  workers.set(name, worker);
  return worker;
}

/** Asks the named worker of this process for a run now; nothing when none runs here. */
export function nudgeWorker(name: string): void {
  workers.get(name)?.nudge();
}

/** The named worker of this process, if one runs. */
export function runningWorker(name: string): WorkerLoop | undefined {
  return workers.get(name);
}
