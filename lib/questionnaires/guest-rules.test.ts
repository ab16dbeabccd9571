import { describe, expect, it } from "vitest";
import { guestAnswersPossible, guestConfirmationExpiry } from "./guest-rules";

const text = { kind: "LONG_TEXT", required: true } as const;
const file = (required: boolean) => ({ kind: "FILE_UPLOAD", required }) as const;

describe("guestAnswersPossible", () => {
  it.each([
    ["civil society, text only", { audience: "CIVIL_SOCIETY", questions: [text] }, true],
    ["everyone, an optional file", { audience: "ALL", questions: [text, file(false)] }, true],
    ["everyone, a required file", { audience: "ALL", questions: [text, file(true)] }, false],
    ["States only", { audience: "STATES", questions: [text] }, false],
  ] as const)("%s → %s", (_, q, possible) => {
    expect(guestAnswersPossible({ audience: q.audience, questions: [...q.questions] })).toBe(possible);
  });
});

describe("guestConfirmationExpiry", () => {
  const now = new Date("2026-11-10T09:30:00Z");
  it("is 72 hours later when the deadline is further", () => {
    expect(guestConfirmationExpiry(now, new Date("2026-12-31T22:59:59Z"))).toEqual(new Date("2026-11-13T09:30:00Z"));
  });
  it("is the deadline when it comes first", () => {
    const deadline = new Date("2026-11-11T22:59:59Z");
    expect(guestConfirmationExpiry(now, deadline)).toEqual(deadline);
  });
});
