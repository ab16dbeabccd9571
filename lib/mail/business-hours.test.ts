import { describe, expect, it } from "vitest";
import { DEFAULT_BUSINESS_HOURS as BH, isOpen, nextOpening, parseBusinessHours, type BusinessHours } from "./business-hours";

const at = (iso: string) => new Date(iso);
const next = (iso: string, bh: BusinessHours = BH) => nextOpening(at(iso), bh).toISOString();

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
  ])("%s → %s (%s)", (from, expected) => {
    expect(next(from)).toBe(expected);
  });

  describe("daylight-saving weekends: 09:00 local is 08:00Z in winter and 07:00Z in summer", () => {
    it.each([
      ["2026-03-27T17:00:00Z", "Friday 18:00 CET before spring-forward"],
      ["2026-03-28T23:30:00Z", "Sunday 00:30 CET"],
      ["2026-03-29T00:59:00Z", "Sunday 01:59 CET, the last minute before the jump"],
      ["2026-03-29T01:00:00Z", "Sunday 03:00 CEST, right after the jump"],
      ["2026-03-29T21:00:00Z", "Sunday 23:00 CEST"],
    ])("spring-forward 2026-03-29: %s (%s) → Monday 30 March 07:00Z", (from) => {
      expect(next(from)).toBe("2026-03-30T07:00:00.000Z");
    });

    it.each([
      ["2026-10-23T16:00:00Z", "Friday 18:00 CEST before fall-back"],
      ["2026-10-25T00:30:00Z", "Sunday 02:30 CEST (first pass)"],
      ["2026-10-25T01:30:00Z", "Sunday 02:30 CET (second pass)"],
      ["2026-10-25T22:59:00Z", "Sunday 23:59 CET"],
    ])("fall-back 2026-10-25: %s (%s) → Monday 26 October 08:00Z", (from) => {
      expect(next(from)).toBe("2026-10-26T08:00:00.000Z");
    });

    it("the Friday before each switch closes at 18:00 local", () => {
      expect(isOpen(at("2026-03-27T16:59:00Z"), BH)).toBe(true);
      expect(isOpen(at("2026-10-23T15:59:00Z"), BH)).toBe(true);
      expect(isOpen(at("2026-10-23T16:00:00Z"), BH)).toBe(false);
    });
  });

  it("follows a configured calendar: other time zone, hours, days and holidays", () => {
    const ny: BusinessHours = { timeZone: "America/New_York", days: [1, 2, 3, 4, 5, 6], open: "08:30", close: "12:00", holidays: ["2026-03-16"] };
    expect(next("2026-03-14T17:00:00Z", ny)).toBe("2026-03-17T12:30:00.000Z"); // Sat 13:00 EDT → Sun off, Mon holiday → Tue 08:30 EDT
    expect(next("2026-03-14T12:00:00Z", ny)).toBe("2026-03-14T12:30:00.000Z"); // Sat 08:00 EDT → Sat 08:30
    expect(isOpen(at("2026-03-13T14:00:00Z"), ny)).toBe(true); // Fri 10:00 EDT
  });

  it("is never before `at`, always open, and the earliest open instant of a 30-minute grid over 2026–2027", () => {
    const step = 30 * 60_000;
    const start = Date.parse("2026-01-01T00:00:00Z");
    const end = Date.parse("2028-01-01T00:00:00Z");
    // Walk backwards so the expected next opening of each grid point is known from the following one.
    let expected = Number.NaN;
    const failures: string[] = [];
    for (let t = end - step; t >= start; t -= step) {
      if (isOpen(new Date(t), BH)) expected = t;
      const got = nextOpening(new Date(t), BH).getTime();
      if (!Number.isNaN(expected) && got !== expected) failures.push(`${new Date(t).toISOString()} → ${new Date(got).toISOString()}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

describe("parseBusinessHours", () => {
  it("accepts the value the seed writes", () => {
    const stored = { timeZone: "Europe/Zurich", days: [1, 2, 3, 4, 5], open: "09:00", close: "18:00", holidays: ["2026-12-26"] };
    expect(parseBusinessHours(stored)).toEqual(stored);
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
  ])("falls back to the Geneva default when %s", (_why, value) => {
    expect(parseBusinessHours(value)).toEqual(BH);
  });
});
