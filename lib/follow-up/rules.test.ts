import { describe, expect, it } from "vitest";
import { DAY_MS } from "../communications/rules";
import { dueFollowUp, followUpKindOf, sentFollowUps, type FollowUpState } from "./rules";
import { FOLLOW_UP_SETTINGS as S } from "./settings";

const deadline = new Date("2026-05-01T10:00:00Z");
const days = (n: number) => new Date(deadline.getTime() + n * DAY_MS);
const base: FollowUpState = {
  status: "SENT",
  sentAt: days(-60),
  replyDueAt: deadline,
  replyCount: 0,
  addresseeEmail: "mission.nor@missions.example",
  remindersSent: [],
  followUpsSent: [],
};

describe("dueFollowUp (R16)", () => {
  it.each<[string, number, Partial<FollowUpState>, ReturnType<typeof dueFollowUp>]>([
    ["15 days before the deadline: too early", -15, {}, null],
    ["14 days before exactly: reminder", -14, {}, "reminder"],
    ["10 days before: reminder", -10, {}, "reminder"],
    ["a minute before: reminder", -1 / 1440, {}, "reminder"],
    ["10 days before, a reminder already sent", -10, { remindersSent: [days(-12)] }, null],
    ["10 days before, a reply received", -10, { replyCount: 1 }, null],
    ["at the deadline itself: neither", 0, {}, null],
    ["6 days after: not yet a follow-up", 6, {}, null],
    ["7 days after exactly: follow-up", 7, {}, "follow-up"],
    ["8 days after, even without a reminder before", 8, { remindersSent: [] }, "follow-up"],
    ["8 days after, a reply received", 8, { replyCount: 2 }, null],
    ["37 days after, the first follow-up 29 days ago", 37, { followUpsSent: [days(8)] }, null],
    ["38 days after, the first follow-up 30 days ago", 38, { followUpsSent: [days(8)] }, "follow-up"],
    ["two follow-ups sent: no third", 400, { followUpsSent: [days(8), days(38)] }, null],
    ["not sent yet (held for the next opening)", -10, { sentAt: days(-9) }, null],
    ["withdrawn", -10, { status: "WITHDRAWN" }, null],
    ["approved, not dispatched", -10, { status: "APPROVED", sentAt: null, replyDueAt: null }, null],
    ["other actor without an email", -10, { addresseeEmail: null }, null],
    ["blank email", 8, { addresseeEmail: "  " }, null],
  ])("%s", (_label, at, patch, expected) => {
    expect(dueFollowUp({ ...base, ...patch }, days(at), S)).toBe(expected);
  });

  it("waits the interval after the most recent follow-up, in whatever order they are listed", () => {
    const c = { ...base, followUpsSent: [days(50), days(8)] };
    expect(dueFollowUp(c, days(79), { ...S, maxFollowUps: 3 })).toBeNull();
    expect(dueFollowUp(c, days(80), { ...S, maxFollowUps: 3 })).toBe("follow-up");
  });

  it("follows the settings it is given", () => {
    const settings = { reminderDaysBefore: 3, followUpDaysAfter: 1, maxFollowUps: 1, followUpIntervalDays: 5 };
    expect(dueFollowUp(base, days(-4), settings)).toBeNull();
    expect(dueFollowUp(base, days(-3), settings)).toBe("reminder");
    expect(dueFollowUp(base, days(1), settings)).toBe("follow-up");
    expect(dueFollowUp({ ...base, followUpsSent: [days(1)] }, days(100), settings)).toBeNull();
  });
});

describe("reading the outbox", () => {
  it("maps mail kinds and ignores the others", () => {
    expect(followUpKindOf("communication.reminder")).toBe("reminder");
    expect(followUpKindOf("communication.follow-up")).toBe("follow-up");
    expect(followUpKindOf("communication")).toBeNull();
  });
  it("splits queued mail into reminders and follow-ups", () => {
    const at = (n: number) => days(n);
    expect(
      sentFollowUps([
        { kind: "communication", createdAt: at(-60) },
        { kind: "communication.reminder", createdAt: at(-10) },
        { kind: "communication.follow-up", createdAt: at(8) },
      ]),
    ).toEqual({ remindersSent: [at(-10)], followUpsSent: [at(8)] });
  });
});
