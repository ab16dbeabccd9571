import { describe, expect, it } from "vitest";
import { ineffectiveReason, reviewStandingInvitation, type ReviewedRequest } from "./effectiveness";

const NOW = new Date("2026-06-10T10:00:00Z");
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
let n = 0;
const req = (status: ReviewedRequest["status"], daysAgo: number, stateProposedStart: Date | null = null): ReviewedRequest => ({
  id: `r${(n += 1)}`,
  status,
  requestedAt: ago(daysAgo),
  stateProposedStart,
});

describe("reasons a request counts against a standing invitation (R10)", () => {
  it.each([
    ["REQUESTED", null, "unanswered"],
    ["REMINDED", null, "unanswered"],
    ["DECLINED", null, "declined"],
    ["POSTPONED", null, "postponed-without-dates"],
    ["POSTPONED", new Date("2027-01-01"), null],
    ["ACCEPTED", null, null],
    ["DATES_PROPOSED", new Date("2027-01-01"), null],
    ["SCHEDULED", null, null],
    ["COMPLETED", null, null],
  ] as const)("%s (dates %s) → %s", (status, start, reason) => {
    expect(ineffectiveReason({ id: "x", status, requestedAt: ago(400), stateProposedStart: start })).toBe(reason);
  });
});

describe("the standing-invitation effectiveness flag (R10)", () => {
  it("flags a State whose requests of the last three years were all unanswered, declined or postponed without dates", () => {
    const r = reviewStandingInvitation([req("REQUESTED", 400), req("DECLINED", 700), req("POSTPONED", 900)], NOW);
    expect(r.notEffective).toBe(true);
    expect(r.requests.map((x) => x.reason)).toEqual(["postponed-without-dates", "declined", "unanswered"]);
  });
  it("does not flag a State that accepted one request in the window", () => {
    const r = reviewStandingInvitation([req("REQUESTED", 400), req("DECLINED", 700), req("COMPLETED", 800)], NOW);
    expect(r.notEffective).toBe(false);
    expect(r.requests).toHaveLength(3);
  });
  it("does not hold a postponement with dates against the State", () => {
    expect(reviewStandingInvitation([req("POSTPONED", 300, new Date("2027-03-01"))], NOW).notEffective).toBe(false);
  });
  it("looks only at the window: older requests and very recent ones are not counted", () => {
    const r = reviewStandingInvitation([req("DECLINED", 3 * 365 + 5), req("REQUESTED", 30)], NOW);
    expect(r).toEqual({ notEffective: false, requests: [] });
    expect(reviewStandingInvitation([req("DECLINED", 3 * 365 - 5)], NOW).notEffective).toBe(true);
    expect(reviewStandingInvitation([req("REQUESTED", 100)], NOW).notEffective).toBe(true);
    expect(reviewStandingInvitation([req("REQUESTED", 80)], NOW).notEffective).toBe(false);
  });
  it("ignores drafts and withdrawn requests, and needs at least one request", () => {
    expect(reviewStandingInvitation([], NOW).notEffective).toBe(false);
    expect(reviewStandingInvitation([req("WITHDRAWN", 400), req("DRAFT", 400)], NOW)).toEqual({ notEffective: false, requests: [] });
  });
  it("takes the window length as an option", () => {
    expect(reviewStandingInvitation([req("DECLINED", 4 * 365)], NOW, { years: 5 }).notEffective).toBe(true);
    expect(reviewStandingInvitation([req("DECLINED", 4 * 365)], NOW, { years: 3 }).notEffective).toBe(false);
  });
});
