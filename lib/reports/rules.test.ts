import { describe, expect, it } from "vitest";
import { bodyOfSlug, dueStatus, isLate, sessionPath, type DueStatus } from "./rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// R19: the late flag, read on Geneva's calendar. Due 15 June 2026; Geneva is UTC+2 in June.
const CASES: [string, { dueAt: string | null; submittedAt: string | null }, string, DueStatus, boolean][] = [
  ["no due date, not submitted", { dueAt: null, submittedAt: null }, "2026-06-20T10:00:00Z", "NO_DUE_DATE", false],
  ["no due date, submitted", { dueAt: null, submittedAt: "2026-06-20" }, "2026-06-20T10:00:00Z", "SUBMITTED_ON_TIME", false],
  ["submitted before the due day", { dueAt: "2026-06-15", submittedAt: "2026-06-01" }, "2026-07-01T10:00:00Z", "SUBMITTED_ON_TIME", false],
  ["submitted on the due day", { dueAt: "2026-06-15", submittedAt: "2026-06-15" }, "2026-07-01T10:00:00Z", "SUBMITTED_ON_TIME", false],
  ["submitted the day after", { dueAt: "2026-06-15", submittedAt: "2026-06-16" }, "2026-07-01T10:00:00Z", "SUBMITTED_LATE", true],
  [
    "submitted late, even before the due day has come on the clock",
    { dueAt: "2026-06-15", submittedAt: "2026-06-20" },
    "2026-06-01T10:00:00Z",
    "SUBMITTED_LATE",
    true,
  ],
  ["not submitted, a month ahead", { dueAt: "2026-06-15", submittedAt: null }, "2026-05-15T10:00:00Z", "DUE", false],
  ["not submitted, 14 days ahead", { dueAt: "2026-06-15", submittedAt: null }, "2026-06-01T10:00:00Z", "DUE_SOON", false],
  [
    "not submitted, on the due day's last minute in Geneva",
    { dueAt: "2026-06-15", submittedAt: null },
    "2026-06-15T21:59:00Z",
    "DUE_SOON",
    false,
  ],
  // 22:00 UTC on 15 June is midnight on 16 June in Geneva: the due day is over.
  ["not submitted, just after midnight in Geneva", { dueAt: "2026-06-15", submittedAt: null }, "2026-06-15T22:00:00Z", "OVERDUE", true],
  // In winter Geneva is UTC+1: 23:30 UTC on 15 January is 16 January there.
  ["not submitted, winter midnight", { dueAt: "2026-01-15", submittedAt: null }, "2026-01-15T23:30:00Z", "OVERDUE", true],
  ["not submitted, winter evening of the due day", { dueAt: "2026-01-15", submittedAt: null }, "2026-01-15T22:30:00Z", "DUE_SOON", false],
];

describe("the late flag (R19)", () => {
  for (const [name, r, now, status, late] of CASES) {
    it(name, () => {
      const report = { dueAt: r.dueAt ? day(r.dueAt) : null, submittedAt: r.submittedAt ? day(r.submittedAt) : null };
      expect(dueStatus(report, new Date(now))).toBe(status);
      expect(isLate(report, new Date(now))).toBe(late);
    });
  }
});

describe("session paths", () => {
  it("names the body in lower case and reads it back", () => {
    expect(sessionPath("HRC", 61)).toBe("/sessions/hrc/61");
    expect(sessionPath("GA", 81)).toBe("/sessions/ga/81");
    expect(bodyOfSlug("hrc")).toBe("HRC");
    expect(bodyOfSlug("GA")).toBe("GA");
    expect(bodyOfSlug("unga")).toBeNull();
  });
});
