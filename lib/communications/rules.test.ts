import { describe, expect, it } from "vitest";
import { DAY_MS, daysLeft, displayStatus, formatReference, parseReference, referenceCode, replyDeadline } from "./rules";

describe("references", () => {
  it("format as type, code, number/year", () => {
    expect(formatReference("AL", "USA", 12, 2026)).toBe("AL USA 12/2026");
    expect(formatReference("UA", "OTH", 3, 2021)).toBe("UA OTH 3/2021");
  });
  it("parse what they format, tolerating case and spacing", () => {
    expect(parseReference("al  usa 12/2026")).toEqual({ type: "AL", code: "USA", number: 12, year: 2026 });
    expect(parseReference("XX USA 1/2026")).toBeNull();
    expect(parseReference("AL USA 1/26")).toBeNull();
  });
  it("use OTH for other actors and the ISO3 for States", () => {
    expect(referenceCode({ kind: "OTHER_ACTOR" })).toBe("OTH");
    expect(referenceCode({ kind: "STATE", iso3: "NOR" })).toBe("NOR");
    expect(() => referenceCode({ kind: "STATE", iso3: null })).toThrow();
  });
});

describe("deadline and publication (R5)", () => {
  const sent = new Date("2026-03-01T10:00:00Z");
  it("the reply is due, and the letter public, 60 days after sending", () => {
    expect(replyDeadline(sent, 60).toISOString()).toBe("2026-04-30T10:00:00.000Z");
  });
  const base = {
    status: "SENT" as const,
    sentAt: sent,
    replyDueAt: replyDeadline(sent, 60),
    publicFrom: replyDeadline(sent, 60),
    replyCount: 0,
  };
  it.each([
    ["before sending time", new Date("2026-02-28T00:00:00Z"), {}, "scheduled"],
    ["just sent", new Date("2026-03-02T00:00:00Z"), {}, "sent"],
    ["replied within the period", new Date("2026-03-20T00:00:00Z"), { replyCount: 1 }, "replied"],
    ["past the period", new Date("2026-05-01T00:00:00Z"), {}, "published"],
    ["past the period with a reply", new Date("2026-05-01T00:00:00Z"), { replyCount: 2 }, "published"],
  ])("%s → %s", (_label, now, patch, expected) => {
    expect(displayStatus({ ...base, ...patch }, now)).toBe(expected);
  });
  it("is overdue when the deadline passed without a reply but publication comes later", () => {
    const c = { ...base, publicFrom: new Date(sent.getTime() + 90 * DAY_MS) };
    expect(displayStatus(c, new Date("2026-05-05T00:00:00Z"))).toBe("reply_overdue");
  });
  it("workflow statuses show as such", () => {
    for (const [status, shown] of [
      ["DRAFT", "draft"],
      ["IN_REVIEW", "in_review"],
      ["RETURNED", "returned"],
      ["APPROVED", "approved"],
    ] as const) {
      expect(displayStatus({ ...base, status, sentAt: null }, sent)).toBe(shown);
    }
  });
  it("counts days left on the clock", () => {
    expect(daysLeft(new Date("2026-03-11T10:00:00Z"), sent)).toBe(10);
    expect(daysLeft(new Date("2026-03-11T09:00:00Z"), sent)).toBe(10);
    expect(daysLeft(new Date("2026-02-27T10:00:00Z"), sent)).toBe(-2);
  });
});
