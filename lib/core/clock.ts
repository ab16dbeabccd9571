// The portal's clock. Rules about time (deadlines, publication, business hours) take `now` from here,
// so tests can move time forward instead of sleeping. The offset can only be changed when the server
// was started with SP_TEST_CLOCK=1 (the browser-test server); never in production.
const globalClock = globalThis as unknown as { __spClockOffsetMs?: number };

export function now(): Date {
  return new Date(Date.now() + (globalClock.__spClockOffsetMs ?? 0));
}

export function testClockEnabled(): boolean {
  return process.env.SP_TEST_CLOCK === "1";
}

export function setClockOffset(ms: number): void {
  if (!testClockEnabled()) throw new Error("The test clock is disabled");
  globalClock.__spClockOffsetMs = ms;
}

export function clockOffset(): number {
  return globalClock.__spClockOffsetMs ?? 0;
}
