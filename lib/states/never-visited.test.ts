import { describe, expect, it } from "vitest";
import { lastEndedDay } from "./never-visited";

describe("lastEndedDay: the day /states counts visits up to", () => {
  it.each([
    // 00:30 on 1 January 2026 in Geneva (still 31 December in UTC): 31 December has ended.
    ["2025-12-31T23:30:00Z", "2025-12-31"],
    // 23:30 on 31 December in Geneva: only the 30th has ended.
    ["2025-12-31T22:30:00Z", "2025-12-30"],
    // summer time: 00:30 on 1 July in Geneva is 22:30 UTC on 30 June
    ["2026-06-30T22:30:00Z", "2026-06-30"],
    ["2026-06-30T21:30:00Z", "2026-06-29"],
  ])("at %s, the last day ended is %s", (now, day) => {
    expect(lastEndedDay(new Date(now)).toISOString().slice(0, 10)).toBe(day);
  });
});
