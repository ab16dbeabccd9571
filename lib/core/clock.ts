// The portal's clock. Rules about time (deadlines, publication, business hours) take `now` from here,
// so tests can move time forward instead of sleeping. Time can only be moved when the server was
// started with SP_TEST_CLOCK=1 (the browser-test server) or inside a test process; never in production.
//
// Two ways to move it:
// - per request (browser tests): the header TEST_CLOCK_HEADER carries an offset in milliseconds, and
//   the server (scripts/serve.ts) runs the request inside runWithRequestClock — so specs that live at
//   different times run side by side against one server;
// - per process (integration tests): setClockOffset.
import { AsyncLocalStorage } from "node:async_hooks";

/** Request header with the test clock's offset from real time, in milliseconds (honoured only under SP_TEST_CLOCK=1). */
export const TEST_CLOCK_HEADER = "x-sp-test-clock-offset";
const MAX_OFFSET_MS = 10 * 366 * 24 * 60 * 60 * 1000;

// On globalThis: the server script and the app's bundles are separate module graphs in one process.
const globalClock = globalThis as unknown as { __spClockOffsetMs?: number; __spRequestClock?: AsyncLocalStorage<{ offsetMs: number }> };
const requestClock = (globalClock.__spRequestClock ??= new AsyncLocalStorage<{ offsetMs: number }>());

export function now(): Date {
  return new Date(Date.now() + clockOffset());
}

export function testClockEnabled(): boolean {
  return process.env.SP_TEST_CLOCK === "1";
}

export function setClockOffset(ms: number): void {
  if (!testClockEnabled()) throw new Error("The test clock is disabled");
  globalClock.__spClockOffsetMs = ms;
}

/** How far the clock is moved, for this request when it carries one, else for the process. */
export function clockOffset(): number {
  return requestClock.getStore()?.offsetMs ?? globalClock.__spClockOffsetMs ?? 0;
}

/** The offset a request header asks for, or null when absent, invalid, or the test clock is disabled. */
export function parseClockHeader(value: string | string[] | undefined | null): number | null {
  if (!testClockEnabled() || typeof value !== "string" || !/^-?\d{1,15}$/.test(value.trim())) return null;
  const ms = Number(value.trim());
  return Math.abs(ms) <= MAX_OFFSET_MS ? ms : null;
}

/** Runs `fn` (a whole request) at the time its test-clock header asks for; as is without one. */
export function runWithRequestClock<T>(header: string | string[] | undefined | null, fn: () => T): T {
  const offsetMs = parseClockHeader(header);
  return offsetMs === null ? fn() : requestClock.run({ offsetMs }, fn);
}

/** Runs `fn` outside any request's clock: background workers started during a request keep real time. */
export function outsideRequestClock<T>(fn: () => T): T {
  return requestClock.exit(fn);
}
