import { afterEach, describe, expect, it } from "vitest";
import { clockOffset, now, outsideRequestClock, parseClockHeader, runWithRequestClock } from "./clock";

const DAY = 86_400_000;

describe("the per-request test clock", () => {
  const saved = process.env.SP_TEST_CLOCK;
  afterEach(() => {
    if (saved === undefined) delete process.env.SP_TEST_CLOCK;
    else process.env.SP_TEST_CLOCK = saved;
  });

  it("is ignored unless the server runs with SP_TEST_CLOCK=1 (never in production)", () => {
    delete process.env.SP_TEST_CLOCK;
    expect(parseClockHeader(String(DAY))).toBeNull();
    expect(runWithRequestClock(String(DAY), () => clockOffset())).toBe(0);
  });

  it.each([
    [String(DAY), DAY],
    [`-${DAY}`, -DAY],
    [" 5 ", 5],
    ["1.5", null],
    ["1e9", null],
    ["tomorrow", null],
    ["", null],
    [undefined, null],
    [["1", "2"], null],
    [String(11 * 366 * DAY), null],
  ] as const)("reads %j as %j", (header, expected) => {
    process.env.SP_TEST_CLOCK = "1";
    expect(parseClockHeader(header as string | string[] | undefined)).toBe(expected);
  });

  it("moves now() for the request and whatever it awaits, not for others or for workers it starts", async () => {
    process.env.SP_TEST_CLOCK = "1";
    const before = now().getTime();
    const [inside, other, worker] = await Promise.all([
      runWithRequestClock(String(2 * DAY), async () => {
        await new Promise((r) => setTimeout(r, 5));
        return now().getTime();
      }),
      runWithRequestClock(undefined, async () => now().getTime()),
      runWithRequestClock(String(2 * DAY), () => outsideRequestClock(async () => now().getTime())),
    ]);
    expect(inside - before).toBeGreaterThanOrEqual(2 * DAY);
    expect(inside - before).toBeLessThan(2 * DAY + 5_000);
    expect(other - before).toBeLessThan(5_000);
    expect(worker - before).toBeLessThan(5_000);
  });
});
