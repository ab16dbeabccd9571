import { expect, test } from "../support/test";
import { SpecClock } from "../support/clock";
import { TEST_CLOCK_HEADER } from "../../../lib/core/clock";

const DAY = 24 * 60 * 60 * 1000;

// The browser-test server honours a per-request clock, so specs living at different times share it.
test("each spec's pages see the spec's own time, and a request without the header sees real time", async ({ browser, request }) => {
  const early = new SpecClock(new Date(Date.UTC(2031, 0, 7, 9, 0)));
  const late = new SpecClock(new Date(Date.UTC(2031, 0, 7, 9, 0) + 100 * DAY));
  const [earlyPage, latePage] = [await early.newPage(browser), await late.newPage(browser)];

  const seenBy = async (page: typeof earlyPage) =>
    Date.parse(((await (await page.request.get("/api/test/clock")).json()) as { now: string }).now);
  const [a, b] = await Promise.all([seenBy(earlyPage), seenBy(latePage)]);
  expect(Math.abs(a - early.now().getTime())).toBeLessThan(60_000);
  expect(Math.abs(b - late.now().getTime())).toBeLessThan(60_000);

  await early.advance(3 * DAY);
  expect(Math.abs((await seenBy(earlyPage)) - early.now().getTime())).toBeLessThan(60_000);
  expect(Math.abs((await seenBy(latePage)) - late.now().getTime())).toBeLessThan(60_000);

  const plain = (await (await request.get("/api/test/clock")).json()) as { offsetMs: number };
  expect(plain.offsetMs).toBe(0);
  // A malformed header is ignored rather than trusted.
  const bad = (await (await request.get("/api/test/clock", { headers: { [TEST_CLOCK_HEADER]: "soon" } })).json()) as { offsetMs: number };
  expect(bad.offsetMs).toBe(0);
});
