import { describe, expect, it } from "vitest";
import { persistentNonCooperation, unansweredStreak, type PeriodRecord } from "./non-cooperation";

const p = (received: number, replied: number, periodId = "x"): PeriodRecord => ({ periodId, received, replied });

describe("persistent non-cooperation (R7)", () => {
  it.each([
    ["three periods, letters, no reply", [p(2, 0), p(1, 0), p(4, 0)], 3, true],
    ["one reply in the oldest period", [p(2, 0), p(1, 0), p(4, 1)], 3, false],
    ["a period without letters breaks the run", [p(2, 0), p(0, 0), p(4, 0)], 3, false],
    ["fewer completed periods than the threshold", [p(2, 0), p(1, 0)], 3, false],
    ["a lower threshold", [p(1, 0), p(1, 0), p(1, 1)], 2, true],
    ["replies now, silence before", [p(3, 1), p(1, 0), p(1, 0), p(1, 0)], 3, false],
    ["threshold 0 never flags", [p(1, 0)], 0, false],
  ])("%s → %s", (_label, records, threshold, expected) => {
    expect(persistentNonCooperation(records, threshold)).toBe(expected);
  });
  it("counts the unanswered streak from the newest period", () => {
    expect(unansweredStreak([p(1, 0), p(2, 0), p(1, 1), p(1, 0)])).toBe(2);
    expect(unansweredStreak([p(0, 0), p(1, 0)])).toBe(0);
  });
});
