import { describe, expect, it } from "vitest";
import { barPercent, change, factsLinks, latestCompleteYear, parseFactsYear } from "./facts-rules";

describe("the years of facts and figures", () => {
  // 1 January 2026 at 00:30 in Geneva is still 31 December 2025 in UTC: 2025 has ended there.
  const newYearInGeneva = new Date("2025-12-31T23:30:00Z");
  it.each([
    [new Date("2026-06-01T10:00:00Z"), 2025],
    [newYearInGeneva, 2025],
    [new Date("2025-12-31T22:30:00Z"), 2024],
  ])("at %s the latest complete year is %i", (now, year) => {
    expect(latestCompleteYear(now)).toBe(year);
  });

  it.each([
    ["2025", 2025],
    ["1990", 1990],
    ["1989", null],
    ["2026", null],
    ["2025.csv", null],
    ["25", null],
    ["", null],
    [undefined, null],
  ])("%s is the page of %s", (raw, year) => {
    expect(parseFactsYear(raw, new Date("2026-06-01T10:00:00Z"))).toBe(year);
  });
});

describe("comparison and bars", () => {
  it.each([
    [5, 3, 2],
    [0.6, 0.8, -0.2],
    [null, 3, null],
    [3, null, null],
  ])("from %s (the year before: %s) the change is %s", (current, previous, expected) => {
    const d = change(current, previous);
    if (expected === null) expect(d).toBeNull();
    else expect(d).toBeCloseTo(expected, 10);
  });

  it.each([
    [5, 10, 50],
    [10, 10, 100],
    [0, 10, 0],
    [3, 0, 0],
    [-1, 10, 0],
    [20, 10, 100],
  ])("a bar of %i out of %i is %i %% long", (value, max, percent) => {
    expect(barPercent(value, max)).toBe(percent);
  });
});

describe("the links to the records", () => {
  it("uses the filters of each public list", () => {
    expect(factsLinks.communications(2025)).toBe("/communications?year=2025");
    expect(factsLinks.communications(2025, { type: "UA", reply: "replied" })).toBe("/communications?year=2025&type=UA&reply=replied");
    expect(factsLinks.communications(2025, { state: "NOR" })).toBe("/communications?year=2025&addressee=state%3ANOR");
    expect(factsLinks.communications(2025, { mandate: "wgad" })).toBe("/communications?year=2025&mandate=wgad");
    expect(factsLinks.visits(2025, "COMPLETED")).toBe("/visits?year=2025&status=COMPLETED");
    expect(factsLinks.reprisals(2025, "NOR")).toBe("/reprisals?year=2025&state=NOR");
    expect(factsLinks.calls(2025)).toBe("/calls-for-input?deadlineAfter=2025-01-01&deadlineBefore=2025-12-31");
  });
});
