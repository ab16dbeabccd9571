import { describe, expect, it } from "vitest";
import { genevaCalendarDate, genevaYear } from "../core/geneva";
import { cycleOf, daysBetween, delaySummary, parseCalendarDate, presentationDelayDays } from "./calendar";

describe("cycles and dates in Geneva", () => {
  it("a cycle is the calendar year in Geneva", () => {
    expect(cycleOf(2025)).toEqual({ year: 2025, start: new Date("2024-12-31T23:00:00Z"), end: new Date("2025-12-31T23:00:00Z") });
    expect(genevaYear(new Date("2025-12-31T23:30:00Z"))).toBe(2026);
    expect(genevaCalendarDate(new Date("2026-06-09T22:30:00Z")).toISOString()).toBe("2026-06-10T00:00:00.000Z");
  });
  it("parses real calendar dates only", () => {
    expect(parseCalendarDate("2026-02-28")?.toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(parseCalendarDate("2026-02-30")).toBeNull();
    expect(parseCalendarDate("26-2-3")).toBeNull();
  });
});

describe("delay from the visit to the Council (R11)", () => {
  it("per visit, in days; none until presented", () => {
    expect(presentationDelayDays(new Date("2025-03-10"), new Date("2025-09-16"))).toBe(190);
    expect(presentationDelayDays(new Date("2025-03-10"), null)).toBeNull();
    expect(daysBetween(new Date("2025-01-01"), new Date("2026-01-01"))).toBe(365);
  });
  it("per mandate: count, average and longest of the presented ones", () => {
    expect(delaySummary([190, null, 250, 311])).toEqual({ presented: 3, averageDays: 250, longestDays: 311 });
    expect(delaySummary([null])).toEqual({ presented: 0, averageDays: null, longestDays: null });
  });
});
