import { describe, expect, it } from "vitest";
import { currentPeriod, nextPeriod, periodById, periodContaining, previousPeriod, recentPeriods, type ReportPeriod } from "./periods";

const iso = (p: ReportPeriod) => ({
  id: p.id,
  session: p.session,
  year: p.year,
  sentFrom: p.sentFrom.toISOString(),
  sentTo: p.sentTo.toISOString(),
  repliesFrom: p.repliesFrom.toISOString(),
  repliesTo: p.repliesTo.toISOString(),
});

describe("periodById", () => {
  // Midnight in Geneva: 23:00Z the day before in winter (CET), 22:00Z in summer (CEST).
  it.each([
    ["2027-03", "MARCH", "2026-05-31T22:00:00.000Z", "2026-11-30T23:00:00.000Z", "2026-07-31T22:00:00.000Z", "2027-01-31T23:00:00.000Z"],
    ["2027-06", "JUNE", "2026-11-30T23:00:00.000Z", "2027-02-28T23:00:00.000Z", "2027-01-31T23:00:00.000Z", "2027-04-30T22:00:00.000Z"],
    [
      "2027-09",
      "SEPTEMBER",
      "2027-02-28T23:00:00.000Z",
      "2027-05-31T22:00:00.000Z",
      "2027-04-30T22:00:00.000Z",
      "2027-07-31T22:00:00.000Z",
    ],
  ])("%s: sent and replies windows in Geneva days", (id, session, sentFrom, sentTo, repliesFrom, repliesTo) => {
    expect(iso(periodById(id)!)).toEqual({ id, session, year: 2027, sentFrom, sentTo, repliesFrom, repliesTo });
  });

  it("ends the June sent window after 29 February in a leap year", () => {
    const p = periodById("2028-06")!;
    expect(p.sentTo.toISOString()).toBe("2028-02-29T23:00:00.000Z"); // 1 March 2028, 00:00 CET
    expect(periodContaining(new Date("2028-02-29T12:00:00Z")).id).toBe("2028-06");
    expect(periodContaining(new Date("2028-02-29T22:59:59Z")).id).toBe("2028-06");
    expect(periodContaining(new Date("2028-02-29T23:00:00Z")).id).toBe("2028-09");
    expect(periodById("2027-06")!.sentTo.toISOString()).toBe("2027-02-28T23:00:00.000Z");
  });

  it.each(["2027-04", "2027-3", "27-03", "2027-03 ", "", "abcd-03"])("rejects %j", (id) => {
    expect(periodById(id)).toBeNull();
  });
});

describe("periodContaining", () => {
  it("follows the Geneva calendar day at midnight", () => {
    expect(periodContaining(new Date("2026-11-30T22:59:59Z")).id).toBe("2027-03"); // still 30 Nov in Geneva
    expect(periodContaining(new Date("2026-11-30T23:00:00Z")).id).toBe("2027-06"); // 1 Dec in Geneva
    expect(periodContaining(new Date("2026-05-31T21:59:59Z")).id).toBe("2026-09");
    expect(periodContaining(new Date("2026-05-31T22:00:00Z")).id).toBe("2027-03");
  });

  it.each([
    ["2027-01-15T12:00:00Z", "2027-06"],
    ["2027-03-01T12:00:00Z", "2027-09"],
    ["2027-06-01T12:00:00Z", "2028-03"],
    ["2027-11-15T12:00:00Z", "2028-03"],
    ["2027-12-31T12:00:00Z", "2028-06"],
  ])("%s is listed in %s", (at, id) => {
    const p = periodContaining(new Date(at));
    expect(p.id).toBe(id);
    expect(p.sentFrom <= new Date(at) && new Date(at) < p.sentTo).toBe(true);
  });

  it("is currentPeriod", () => {
    const now = new Date("2026-11-23T16:00:00Z");
    expect(currentPeriod(now)).toEqual(periodContaining(now));
    expect(currentPeriod(now).id).toBe("2027-03");
  });
});

describe("previous and next", () => {
  it("round-trips and tiles time without gap or overlap", () => {
    let p = periodById("2020-03")!;
    for (let i = 0; i < 30; i++) {
      const next = nextPeriod(p);
      expect(previousPeriod(next)).toEqual(p);
      expect(next.sentFrom).toEqual(p.sentTo);
      expect(next.repliesFrom).toEqual(p.repliesTo);
      expect(periodById(next.id)).toEqual(next);
      expect(periodContaining(next.sentFrom)).toEqual(next);
      expect(periodContaining(new Date(next.sentTo.getTime() - 1))).toEqual(next);
      p = next;
    }
    expect(p.id).toBe("2030-03");
  });

  it("crosses the year", () => {
    expect(nextPeriod(periodById("2026-09")!).id).toBe("2027-03");
    expect(previousPeriod(periodById("2027-03")!).id).toBe("2026-09");
  });
});

describe("recentPeriods", () => {
  it("gives the current period and those before it, newest first", () => {
    expect(recentPeriods(new Date("2026-11-23T16:00:00Z"), 4).map((p) => p.id)).toEqual(["2027-03", "2026-09", "2026-06", "2026-03"]);
    expect(recentPeriods(new Date("2026-11-23T16:00:00Z"), 0)).toEqual([]);
  });
});
