import { describe, expect, it } from "vitest";
import { genevaCalendarDate, genevaDate, genevaInstant, genevaInstantOf, genevaYear, genevaYearBounds, inGeneva } from "./geneva";

describe("Geneva time", () => {
  it.each([
    ["2026-12-31T22:59:59Z", 2026, "2026-12-31", "23:59:59 on 31 December in Geneva (CET, UTC+1)"],
    ["2026-12-31T23:00:00Z", 2027, "2027-01-01", "midnight in Geneva, still 31 December in UTC"],
    ["2027-06-30T22:30:00Z", 2027, "2027-07-01", "00:30 CEST is the next day"],
    ["2030-03-31T01:00:00Z", 2030, "2030-03-31", "03:00 CEST, right after the spring-forward jump"],
  ])("%s is year %i, date %s (%s)", (iso, year, date) => {
    expect(genevaYear(new Date(iso))).toBe(year);
    expect(genevaDate(new Date(iso))).toBe(date);
    expect(genevaCalendarDate(new Date(iso)).toISOString()).toBe(`${date}T00:00:00.000Z`);
  });

  it("takes the year from the portal's clock by default (tests start at 2026-11-10)", () => {
    expect(genevaYear()).toBe(2026);
  });

  it.each<[[number, number, number, ...number[]], string, string]>([
    [[2026, 0, 15, 9], "2026-01-15T08:00:00.000Z", "winter: UTC+1"],
    [[2026, 6, 15, 9], "2026-07-15T07:00:00.000Z", "summer: UTC+2"],
    [[2028, 2, 26, 1, 59], "2028-03-26T00:59:00.000Z", "the last minute before spring-forward"],
    [[2028, 2, 26, 2, 30], "2028-03-26T01:30:00.000Z", "02:30 does not exist that night: it lands an hour later (03:30 CEST)"],
    [[2028, 9, 29, 2, 30], "2028-10-29T01:30:00.000Z", "02:30 happens twice at fall-back: the second (winter-time) one"],
    [[2026, 11, 32], "2026-12-31T23:00:00.000Z", "day 32 of December rolls over to New Year"],
  ])("genevaInstant(%j) is %s (%s)", (parts, expected) => {
    expect(genevaInstant(...parts).toISOString()).toBe(expected);
  });

  it("reads date and time strings on Geneva's wall clock", () => {
    expect(genevaInstantOf("2030-10-28", "09:00").toISOString()).toBe("2030-10-28T08:00:00.000Z");
    expect(genevaInstantOf("2030-10-25", "23:59:59").toISOString()).toBe("2030-10-25T21:59:59.000Z");
    expect(genevaInstantOf("2030-10-25").toISOString()).toBe("2030-10-24T22:00:00.000Z");
    expect(inGeneva(new Date("2030-10-25T21:59:59Z")).getHours()).toBe(23);
  });

  it("cuts calendar years at Geneva midnight", () => {
    const { start, end } = genevaYearBounds(2027);
    expect(start.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(end.toISOString()).toBe("2027-12-31T23:00:00.000Z");
  });
});
