import { describe, expect, it } from "vitest";
import { parseSearchParams } from "./schemas";
import { genevaMidnight, searchWhere } from "./search-filters";

const now = new Date("2026-11-23T12:00:00Z");
const valuesOf = (qs: string) => searchWhere(parseSearchParams(new URLSearchParams(qs)), now).values;

describe("date filters cut in Geneva time", () => {
  it("a year runs from midnight in Geneva on 1 January (23:00 UTC the day before in winter)", () => {
    expect(genevaMidnight(2025, 0, 1).toISOString()).toBe("2024-12-31T23:00:00.000Z");
    expect(valuesOf("year=2025")).toEqual(expect.arrayContaining([new Date("2024-12-31T23:00:00Z"), new Date("2025-12-31T23:00:00Z")]));
  });
  it("a date range includes the whole last day in Geneva, summer time included", () => {
    expect(valuesOf("from=2026-07-01&to=2026-07-31")).toEqual(
      expect.arrayContaining([new Date("2026-06-30T22:00:00Z"), new Date("2026-07-31T22:00:00Z")]),
    );
  });
});
