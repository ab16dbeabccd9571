import { describe, expect, it } from "vitest";
import {
  DAY_MS,
  daysLeft,
  displayStatus,
  formatReference,
  parseReference,
  publicationInstant,
  referenceCode,
  replyDeadline,
  replyPublicFrom,
  replyPublishedAt,
  translationStatusFor,
} from "./rules";

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

describe("publication on receipt of a reply (R5)", () => {
  const sent = new Date("2026-03-02T09:00:00Z");
  const due = replyDeadline(sent, 60);
  const day = (n: number) => new Date(sent.getTime() + n * DAY_MS);
  const letter = (publishRepliesOnReceipt: boolean, ...replyDays: number[]) => ({
    replyDueAt: due,
    publishRepliesOnReceipt,
    replies: replyDays.map((n) => ({ receivedAt: day(n) })),
  });

  it.each([
    ["on, no reply", letter(true), due],
    ["on, a reply on day 3", letter(true, 3), day(3)],
    ["on, a reply just before the deadline", letter(true, 59.99), day(59.99)],
    ["on, a reply exactly at the deadline", letter(true, 60), due],
    ["on, a reply after the deadline", letter(true, 75), due],
    ["on, several replies, listed in any order", letter(true, 40, 3, 12), day(3)],
    ["on, a late reply and an early one", letter(true, 90, 20), day(20)],
    ["off, no reply", letter(false), due],
    ["off, a reply on day 3", letter(false, 3), due],
    ["off, several replies before the deadline", letter(false, 3, 12), due],
    ["off, a reply after the deadline", letter(false, 75), due],
  ])("%s", (_label, c, expected) => {
    expect(publicationInstant(c).toISOString()).toBe(expected.toISOString());
  });

  it("never publishes later than the end of the reply period", () => {
    for (const on of [true, false])
      for (const days of [[], [1], [59], [61], [1, 61], [200]]) {
        expect(publicationInstant(letter(on, ...days)).getTime()).toBeLessThanOrEqual(due.getTime());
      }
  });

  it("a joint letter is one letter: its addressee's first reply publishes it for every signing mandate", () => {
    const joint = { ...letter(true, 5), mandates: ["lead", "cosigner-1", "cosigner-2"], copies: ["BRA"] };
    const single = { ...letter(true, 5), mandates: ["lead"], copies: [] };
    expect(publicationInstant(joint)).toEqual(day(5));
    expect(publicationInstant(joint)).toEqual(publicationInstant(single));
    expect(publicationInstant({ ...joint, publishRepliesOnReceipt: false })).toEqual(due);
  });

  it("a reply is public with its letter, or on receipt once the letter is public", () => {
    expect(replyPublicFrom(day(3), day(3))).toEqual(day(3));
    expect(replyPublicFrom(due, day(10))).toEqual(due); // setting off: waits for the letter
    expect(replyPublicFrom(day(3), day(40))).toEqual(day(40)); // second reply, letter already public
    expect(replyPublicFrom(due, day(75))).toEqual(day(75)); // after the deadline
  });

  it("tells the addressee when a reply sent now becomes public", () => {
    expect(replyPublishedAt(letter(true), day(3))).toEqual(day(3));
    expect(replyPublishedAt(letter(false), day(3))).toEqual(due);
    expect(replyPublishedAt(letter(false), day(70))).toEqual(day(70));
    expect(replyPublishedAt(letter(true, 3), day(10))).toEqual(day(10));
  });

  it("marks replies outside English, French and Spanish as awaiting translation", () => {
    expect(["en", "fr", "es"].map(translationStatusFor)).toEqual(["NOT_NEEDED", "NOT_NEEDED", "NOT_NEEDED"]);
    expect(["no", "ru", "ar", "zh", "smj"].map(translationStatusFor)).toEqual(Array(5).fill("PENDING"));
  });
});
