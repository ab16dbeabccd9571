import { describe, expect, it } from "vitest";
import { pastVisitDates, proposedDatesPassed, requesterActionRefusal, requesterActionsToday } from "./visit-dates";
import { availableActions } from "./state-machine";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const TODAY = d("2026-06-10");

describe("visit dates cannot have passed (R9)", () => {
  it.each([
    ["both ahead", "2026-07-01", "2026-07-10", null],
    ["starting today", "2026-06-10", "2026-06-12", null],
    ["one day, today", "2026-06-10", "2026-06-10", null],
    ["started yesterday", "2026-06-09", "2026-06-20", { start: ["visits.startInPast"] }],
    ["entirely past", "2026-05-01", "2026-05-05", { start: ["visits.startInPast"], end: ["visits.endInPast"] }],
    ["a year ago, same day", "2025-06-10", "2025-06-12", { start: ["visits.startInPast"], end: ["visits.endInPast"] }],
  ])("%s", (_label, start, end, expected) => {
    expect(pastVisitDates({ start: d(start), end: d(end), today: TODAY })).toEqual(expected);
  });

  it("says nothing of dates not given (a postponement without a period, an acceptance in principle)", () => {
    expect(pastVisitDates({ start: null, end: null, today: TODAY })).toBeNull();
    expect(pastVisitDates({ start: null, end: d("2026-01-01"), today: TODAY })).toEqual({ end: ["visits.endInPast"] });
  });
});

describe("dates the State proposed, as time goes by", () => {
  const proposed = { status: "DATES_PROPOSED" as const, stateProposedStart: d("2026-06-20") };
  const offered = availableActions("DATES_PROPOSED", "requester");

  it("knows when they have begun to pass", () => {
    expect(proposedDatesPassed(d("2026-06-20"), d("2026-06-19"))).toBe(false);
    expect(proposedDatesPassed(d("2026-06-20"), d("2026-06-20"))).toBe(false);
    expect(proposedDatesPassed(d("2026-06-20"), d("2026-06-21"))).toBe(true);
    expect(proposedDatesPassed(null, d("2026-06-21"))).toBe(false);
  });

  it("offers to agree to them while they are ahead, and to ask for new ones once they have passed", () => {
    expect(requesterActionsToday(offered, proposed, d("2026-06-20")).sort()).toEqual(["acceptProposedDates", "withdraw"]);
    expect(requesterActionsToday(offered, proposed, d("2026-06-21")).sort()).toEqual(["remind", "withdraw"]);
  });

  it("refuses the other one on the server, whatever the page offered", () => {
    expect(requesterActionRefusal("acceptProposedDates", proposed, d("2026-06-20"))).toBeNull();
    expect(requesterActionRefusal("remind", proposed, d("2026-06-20"))).toBe("visits.notAllowedNow");
    expect(requesterActionRefusal("acceptProposedDates", proposed, d("2026-06-21"))).toBe("visits.proposedDatesPassed");
    expect(requesterActionRefusal("remind", proposed, d("2026-06-21"))).toBeNull();
    expect(requesterActionRefusal("withdraw", proposed, d("2026-06-21"))).toBeNull();
  });

  it("leaves other statuses to the state machine", () => {
    const requested = { status: "REQUESTED" as const, stateProposedStart: null };
    const actions = availableActions("REQUESTED", "requester");
    expect(requesterActionsToday(actions, requested, TODAY)).toEqual(actions);
    expect(requesterActionRefusal("remind", requested, TODAY)).toBeNull();
  });
});
