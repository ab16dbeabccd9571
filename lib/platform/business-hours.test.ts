import { describe, expect, it } from "vitest";
import { genevaInstantOf } from "../core/geneva";
import { genevaPublicHolidays } from "../core/geneva-holidays";
import { DEFAULT_BUSINESS_HOURS as BH, isOpen, nextOpening, parseBusinessHours, type BusinessHours } from "./business-hours";

const at = (iso: string) => new Date(iso);
const next = (iso: string, bh: BusinessHours = BH) => nextOpening(at(iso), bh).toISOString();
/** The secretariat's setting: the cantonal calendar plus the UN Office at Geneva's 26 December, every year. */
const UNOG: BusinessHours = { ...BH, holidays: ["--12-26"] };

describe("isOpen (R1, Geneva business hours)", () => {
  it.each([
    ["2026-03-13T16:59:00Z", true, "Friday 17:59 (CET)"],
    ["2026-03-13T16:59:59Z", true, "Friday 17:59:59"],
    ["2026-03-13T17:00:00Z", false, "Friday 18:00 exactly: closed"],
    ["2026-03-16T08:00:00Z", true, "Monday 09:00 exactly: open"],
    ["2026-03-16T07:59:59Z", false, "Monday 08:59:59"],
    ["2026-03-14T10:00:00Z", false, "Saturday"],
    ["2026-03-15T10:00:00Z", false, "Sunday"],
    ["2026-06-15T07:00:00Z", true, "Monday 09:00 CEST is 07:00Z"],
    ["2026-06-15T06:59:00Z", false, "Monday 08:59 CEST"],
    ["2026-06-15T15:59:00Z", true, "Monday 17:59 CEST"],
    ["2026-06-15T16:00:00Z", false, "Monday 18:00 CEST"],
    ["2026-04-06T10:00:00Z", false, "Easter Monday"],
    ["2026-09-10T10:00:00Z", false, "Jeûne genevois"],
    ["2026-12-25T10:00:00Z", false, "Christmas"],
    ["2026-12-31T10:00:00Z", false, "Restauration genevoise"],
    ["2026-12-30T10:00:00Z", true, "30 December, a Wednesday"],
    ["2026-01-02T10:00:00Z", true, "2 January is not a Geneva holiday"],
  ])("%s → %s (%s)", (iso, expected) => {
    expect(isOpen(at(iso), BH)).toBe(expected);
  });

  // Beyond any hand-written list: the canton's calendar for any year (date-holidays, CH-GE).
  it.each([
    ["2028-04-14", "Good Friday 2028"],
    ["2028-04-17", "Easter Monday 2028"],
    ["2028-05-25", "Ascension 2028"],
    ["2028-06-05", "Whit Monday 2028"],
    ["2028-08-01", "Swiss National Day 2028, a Tuesday"],
    ["2028-09-07", "Jeûne genevois 2028"],
    ["2028-12-25", "Christmas 2028, a Monday"],
    ["2030-01-01", "New Year 2030, a Tuesday"],
    ["2030-04-19", "Good Friday 2030"],
    ["2030-04-22", "Easter Monday 2030"],
    ["2030-05-30", "Ascension 2030"],
    ["2030-06-10", "Whit Monday 2030"],
    ["2030-08-01", "Swiss National Day 2030, a Thursday"],
    ["2030-09-05", "Jeûne genevois 2030"],
    ["2030-12-25", "Christmas 2030, a Wednesday"],
    ["2030-12-31", "Restauration genevoise 2030, a Tuesday"],
  ])("closed all day on %s (%s)", (date) => {
    for (const time of ["09:00", "12:00", "17:59"]) expect(isOpen(genevaInstantOf(date, time), BH)).toBe(false);
  });

  it.each([
    ["2028-04-13", "Maundy Thursday 2028"],
    ["2028-04-18", "the Tuesday after Easter 2028"],
    ["2028-09-08", "the Friday after Jeûne genevois 2028"],
    ["2030-01-02", "2 January 2030 (a bank holiday, not a public one)"],
    ["2030-12-24", "Christmas Eve 2030"],
  ])("open on the working day %s (%s)", (date) => {
    expect(isOpen(genevaInstantOf(date, "10:00"), BH)).toBe(true);
  });

  it("closes on 26 December only through the setting (a UN Office closure, not a cantonal holiday)", () => {
    for (const date of ["2028-12-26", "2030-12-26", "2041-12-26"]) {
      expect(isOpen(genevaInstantOf(date, "10:00"), BH)).toBe(true);
      expect(isOpen(genevaInstantOf(date, "10:00"), UNOG)).toBe(false);
    }
  });

  it("takes one-off closures (YYYY-MM-DD) and yearly ones (--MM-DD) from the setting", () => {
    const bh: BusinessHours = { ...BH, holidays: ["2028-06-06", "--12-27"] };
    expect(isOpen(genevaInstantOf("2028-06-06", "10:00"), bh)).toBe(false);
    expect(isOpen(genevaInstantOf("2029-06-06", "10:00"), bh)).toBe(true);
    expect(isOpen(genevaInstantOf("2028-12-27", "10:00"), bh)).toBe(false);
    expect(isOpen(genevaInstantOf("2029-12-27", "10:00"), bh)).toBe(false);
    expect(isOpen(genevaInstantOf("2029-12-28", "10:00"), bh)).toBe(true);
  });
});

describe("the Geneva public-holiday calendar", () => {
  it.each([
    [2028, ["2028-01-01", "2028-04-14", "2028-04-17", "2028-05-25", "2028-06-05", "2028-08-01", "2028-09-07", "2028-12-25", "2028-12-31"]],
    [2030, ["2030-01-01", "2030-04-19", "2030-04-22", "2030-05-30", "2030-06-10", "2030-08-01", "2030-09-05", "2030-12-25", "2030-12-31"]],
  ])("lists the public holidays of %i (Sunday feasts aside), and no bank holiday", (year, expected) => {
    const sunday = (d: string) => new Date(`${d}T12:00:00Z`).getUTCDay() === 0;
    expect(genevaPublicHolidays(year).filter((d) => !sunday(d))).toEqual(expected.filter((d) => !sunday(d)));
    expect(genevaPublicHolidays(year)).not.toContain(`${year}-01-02`);
    expect(genevaPublicHolidays(year)).not.toContain(`${year}-12-26`);
  });
});

describe("nextOpening", () => {
  it("returns the instant itself when open", () => {
    const open = at("2026-03-16T08:00:00Z");
    expect(nextOpening(open, BH)).toBe(open);
  });

  it.each([
    ["2026-03-13T17:00:00Z", "2026-03-16T08:00:00.000Z", "Friday 18:00 → Monday 09:00"],
    ["2026-03-14T10:00:00Z", "2026-03-16T08:00:00.000Z", "Saturday → Monday 09:00"],
    ["2026-03-15T22:59:00Z", "2026-03-16T08:00:00.000Z", "Sunday 23:59 → Monday 09:00"],
    ["2026-03-16T06:00:00Z", "2026-03-16T08:00:00.000Z", "Monday 07:00 → the same day 09:00"],
    ["2026-03-16T17:30:00Z", "2026-03-17T08:00:00.000Z", "Monday 18:30 → Tuesday 09:00"],
    ["2026-03-16T23:30:00Z", "2026-03-17T08:00:00.000Z", "Tuesday 00:30 local (still Monday in UTC) → Tuesday 09:00"],
    ["2026-04-02T17:00:00Z", "2026-04-07T07:00:00.000Z", "Thursday evening → Good Friday, weekend, Easter Monday → Tuesday"],
    ["2026-05-23T10:00:00Z", "2026-05-26T07:00:00.000Z", "Saturday before Whit Monday → Tuesday"],
    ["2026-05-13T16:00:00Z", "2026-05-15T07:00:00.000Z", "eve of Ascension (Thursday) → Friday"],
    ["2026-12-24T17:00:00Z", "2026-12-28T08:00:00.000Z", "Christmas Eve 18:00 → Christmas (Friday), weekend → Monday 28"],
    ["2026-12-30T17:00:00Z", "2027-01-04T08:00:00.000Z", "30 Dec 18:00 → 31 Dec, 1 Jan, weekend → Monday 4 January"],
    ["2026-12-31T10:00:00Z", "2027-01-04T08:00:00.000Z", "on 31 December itself"],
    ["2028-04-13T16:00:00Z", "2028-04-18T07:00:00.000Z", "Maundy Thursday 2028, 18:00 CEST → Tuesday after Easter"],
    ["2028-05-24T16:00:00Z", "2028-05-26T07:00:00.000Z", "eve of Ascension 2028 → Friday"],
    ["2028-09-06T16:00:00Z", "2028-09-08T07:00:00.000Z", "eve of Jeûne genevois 2028 → Friday"],
    ["2028-12-22T17:00:00Z", "2028-12-26T08:00:00.000Z", "Friday 22 Dec 2028 → Christmas Monday → Tuesday 26 (no UN closure set)"],
    ["2030-12-30T17:00:00Z", "2031-01-02T08:00:00.000Z", "Monday 30 Dec 2030 → 31 Dec, 1 Jan → Thursday 2 January 2031"],
  ])("%s → %s (%s)", (from, expected) => {
    expect(next(from)).toBe(expected);
  });

  it.each([
    ["2028-12-22T17:00:00Z", "2028-12-27T08:00:00.000Z", "Friday 22 Dec 2028 → Christmas, UN closure on 26 → Wednesday 27"],
    ["2030-12-24T17:00:00Z", "2030-12-27T08:00:00.000Z", "Christmas Eve 2030 → Christmas, UN closure on 26 → Friday 27"],
  ])("with the UN closures of the setting: %s → %s (%s)", (from, expected) => {
    expect(next(from, UNOG)).toBe(expected);
  });

  describe("daylight-saving weekends: 09:00 local is 08:00Z in winter and 07:00Z in summer", () => {
    // The last Sundays of March and October; the Friday before closes at 18:00 local.
    it.each([
      [
        "2026-03-29",
        ["2026-03-27T17:00:00Z", "2026-03-28T23:30:00Z", "2026-03-29T00:59:00Z", "2026-03-29T01:00:00Z", "2026-03-29T21:00:00Z"],
        "2026-03-30T07:00:00.000Z",
      ],
      [
        "2028-03-26",
        ["2028-03-24T17:00:00Z", "2028-03-25T23:30:00Z", "2028-03-26T00:59:00Z", "2028-03-26T01:00:00Z", "2028-03-26T21:00:00Z"],
        "2028-03-27T07:00:00.000Z",
      ],
      [
        "2030-03-31",
        ["2030-03-29T17:00:00Z", "2030-03-30T23:30:00Z", "2030-03-31T00:59:00Z", "2030-03-31T01:00:00Z", "2030-03-31T21:00:00Z"],
        "2030-04-01T07:00:00.000Z",
      ],
    ])(
      "spring-forward %s: Friday 18:00 CET, Sunday 00:30 and 01:59 CET, 03:00 and 23:00 CEST → Monday 07:00Z",
      (_switch, froms, monday) => {
        for (const from of froms) expect(next(from)).toBe(monday);
      },
    );

    it.each([
      [
        "2026-10-25",
        ["2026-10-23T16:00:00Z", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2026-10-25T22:59:00Z"],
        "2026-10-26T08:00:00.000Z",
      ],
      [
        "2028-10-29",
        ["2028-10-27T16:00:00Z", "2028-10-29T00:30:00Z", "2028-10-29T01:30:00Z", "2028-10-29T22:59:00Z"],
        "2028-10-30T08:00:00.000Z",
      ],
      [
        "2030-10-27",
        ["2030-10-25T16:00:00Z", "2030-10-27T00:30:00Z", "2030-10-27T01:30:00Z", "2030-10-27T22:59:00Z"],
        "2030-10-28T08:00:00.000Z",
      ],
    ])(
      "fall-back %s: Friday 18:00 CEST, Sunday 02:30 CEST and 02:30 CET (both passes), 23:59 CET → Monday 08:00Z",
      (_switch, froms, monday) => {
        for (const from of froms) expect(next(from)).toBe(monday);
      },
    );

    it.each([
      ["2026-03-27T16:59:00Z", true],
      ["2026-03-27T17:00:00Z", false],
      ["2026-10-23T15:59:00Z", true],
      ["2026-10-23T16:00:00Z", false],
      ["2028-03-24T16:59:00Z", true],
      ["2028-03-24T17:00:00Z", false],
      ["2028-10-27T15:59:00Z", true],
      ["2028-10-27T16:00:00Z", false],
      ["2030-03-29T16:59:00Z", true],
      ["2030-03-29T17:00:00Z", false],
      ["2030-10-25T15:59:00Z", true],
      ["2030-10-25T16:00:00Z", false],
    ])("the Friday before each switch closes at 18:00 local: %s → %s", (iso, expected) => {
      expect(isOpen(at(iso), BH)).toBe(expected);
    });

    it("the Monday after each switch opens at 09:00 local", () => {
      expect(isOpen(at("2028-03-27T06:59:00Z"), BH)).toBe(false);
      expect(isOpen(at("2028-03-27T07:00:00Z"), BH)).toBe(true);
      expect(isOpen(at("2030-10-28T07:59:00Z"), BH)).toBe(false);
      expect(isOpen(at("2030-10-28T08:00:00Z"), BH)).toBe(true);
    });
  });

  it("follows a configured calendar: other time zone, hours, days and holidays", () => {
    const ny: BusinessHours = {
      timeZone: "America/New_York",
      days: [1, 2, 3, 4, 5, 6],
      open: "08:30",
      close: "12:00",
      publicHolidays: "none",
      holidays: ["2026-03-16"],
    };
    expect(next("2026-03-14T17:00:00Z", ny)).toBe("2026-03-17T12:30:00.000Z"); // Sat 13:00 EDT → Sun off, Mon holiday → Tue 08:30 EDT
    expect(next("2026-03-14T12:00:00Z", ny)).toBe("2026-03-14T12:30:00.000Z"); // Sat 08:00 EDT → Sat 08:30
    expect(isOpen(at("2026-03-13T14:00:00Z"), ny)).toBe(true); // Fri 10:00 EDT
    // "none": no Geneva holiday applies (Good Friday 2026, 10:00 EDT).
    expect(isOpen(at("2026-04-03T14:00:00Z"), ny)).toBe(true);
  });

  it.each([
    ["2026-01-01", "2028-01-01", 30],
    ["2030-01-01", "2031-01-01", 60],
  ])(
    "is never before `at`, always open, and the earliest open instant of a grid from %s to %s every %i minutes",
    (from, to, minutes) => {
      const step = minutes * 60_000;
      const start = Date.parse(`${from}T00:00:00Z`);
      const end = Date.parse(`${to}T00:00:00Z`);
      // Walk backwards so the expected next opening of each grid point is known from the following one.
      let expected = Number.NaN;
      const failures: string[] = [];
      for (let t = end - step; t >= start; t -= step) {
        if (isOpen(new Date(t), UNOG)) expected = t;
        const got = nextOpening(new Date(t), UNOG).getTime();
        if (!Number.isNaN(expected) && got !== expected) failures.push(`${new Date(t).toISOString()} → ${new Date(got).toISOString()}`);
      }
      expect(failures.slice(0, 5)).toEqual([]);
    },
    30_000,
  ); // ~2 s on an idle machine; tens of thousands of time-zone conversions on a busy CI runner
});

describe("parseBusinessHours", () => {
  it("accepts the value the seed writes", () => {
    const stored = {
      timeZone: "Europe/Zurich",
      days: [1, 2, 3, 4, 5],
      open: "09:00",
      close: "18:00",
      publicHolidays: "CH-GE",
      holidays: ["--12-26"],
    };
    expect(parseBusinessHours(stored)).toEqual(stored);
  });

  it("gives a setting stored before the public-holiday calendar existed the Geneva calendar", () => {
    const old = { timeZone: "Europe/Zurich", days: [1, 2, 3, 4, 5], open: "09:00", close: "18:00", holidays: ["2026-12-25", "2026-12-26"] };
    expect(parseBusinessHours(old)).toEqual({ ...old, publicHolidays: "CH-GE" });
  });

  it.each([
    ["missing", undefined],
    ["not an object", "09:00-18:00"],
    ["unknown time zone", { ...BH, timeZone: "Europe/Genève" }],
    ["no working day", { ...BH, days: [] }],
    ["weekday 0", { ...BH, days: [0, 1] }],
    ["bad time", { ...BH, open: "9h" }],
    ["closing before opening", { ...BH, open: "18:00", close: "09:00" }],
    ["bad holiday", { ...BH, holidays: ["31.12.2026"] }],
    ["bad yearly closure", { ...BH, holidays: ["--13-01"] }],
    ["unknown public-holiday calendar", { ...BH, publicHolidays: "FR" }],
  ])("falls back to the Geneva default when %s", (_why, value) => {
    expect(parseBusinessHours(value)).toEqual(BH);
  });
});
