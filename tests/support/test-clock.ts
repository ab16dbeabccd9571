// Vitest setup (unit and integration): every test worker starts at a known instant instead of the
// wall clock, so that no test depends on the day or hour the suite happens to run.
//
// - default: Tuesday 10 November 2026, 10:30 in Geneva — inside business hours, far from a holiday;
// - SP_TEST_NOW=<ISO instant>: start there instead (`npm run test:any-day` runs the integration suite
//   at a Saturday evening, Christmas Eve, New Year's Day and both daylight-saving switches);
// - SP_TEST_NOW=system: the machine's own clock (to check the suite under libfaketime).
//
// Time still flows from that instant at the normal pace (Date is shifted by a constant, not frozen):
// timeouts, ordering by createdAt and Prisma's @default(now()) behave as they do in production. A test
// that needs another instant sets it with setNow() (tests/support/integration.ts) or vi.setSystemTime.
export const DEFAULT_TEST_NOW = "2026-11-10T09:30:00.000Z";

function startInstant(): number | null {
  const wanted = process.env.SP_TEST_NOW?.trim() || DEFAULT_TEST_NOW;
  if (wanted === "system") return null;
  const at = Date.parse(wanted);
  if (Number.isNaN(at)) throw new Error(`SP_TEST_NOW is not an ISO instant: ${wanted}`);
  return at;
}

const RealDate = globalThis.Date as DateConstructor & { __spShift?: number };
const start = startInstant();
if (start !== null && RealDate.__spShift === undefined) {
  const shift = start - RealDate.now();
  // A proxy rather than a subclass: Date.prototype stays the real one, so libraries that copy its
  // methods (TZDate) and `instanceof Date` work unchanged.
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [RealDate.now() + shift], newTarget),
    get: (target, key, receiver) => {
      if (key === "now") return () => RealDate.now() + shift;
      if (key === "__spShift") return shift;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}
