import { describe, expect, it } from "vitest";
import { committeeSeatsAt, committeeYearAt, onCommitteeAt } from "./committee-seat";

describe("the Committee in force at an instant (R15)", () => {
  it.each([
    ["2026-12-31T22:59:59Z", 2026], // 23:59:59 in Geneva (winter time, UTC+1)
    ["2026-12-31T23:00:00Z", 2027], // midnight in Geneva: the new year's Committee sits
    ["2026-01-01T00:30:00Z", 2026],
    ["2026-07-01T12:00:00Z", 2026],
  ])("at %s it is the Committee of %i", (at, year) => {
    expect(committeeYearAt(new Date(at))).toBe(year);
    expect(committeeSeatsAt(new Date(at))).toEqual({ year });
    expect(onCommitteeAt(new Date(at))).toEqual({ committeeMemberships: { some: { year } } });
  });
});
