import { describe, expect, it } from "vitest";
import type { VisitRequestStatus } from "../generated/prisma/enums";
import { availableActions, transition, VISIT_ACTIONS, type VisitAction } from "./state-machine";

const ALL: VisitRequestStatus[] = [
  "DRAFT",
  "REQUESTED",
  "REMINDED",
  "ACCEPTED",
  "DATES_PROPOSED",
  "POSTPONED",
  "DECLINED",
  "SCHEDULED",
  "COMPLETED",
  "WITHDRAWN",
  "INVITED",
  "INVITATION_DEFERRED",
];

// The expected table, written out independently of TRANSITIONS: every allowed (status, action) → status.
const ALLOWED: Record<string, VisitRequestStatus> = {
  "DRAFT send": "REQUESTED",
  "DRAFT withdraw": "WITHDRAWN",
  "REQUESTED remind": "REMINDED",
  "REQUESTED accept": "ACCEPTED",
  "REQUESTED proposeDates": "DATES_PROPOSED",
  "REQUESTED postpone": "POSTPONED",
  "REQUESTED decline": "DECLINED",
  "REQUESTED withdraw": "WITHDRAWN",
  "REMINDED remind": "REMINDED",
  "REMINDED accept": "ACCEPTED",
  "REMINDED proposeDates": "DATES_PROPOSED",
  "REMINDED postpone": "POSTPONED",
  "REMINDED decline": "DECLINED",
  "REMINDED withdraw": "WITHDRAWN",
  "POSTPONED remind": "POSTPONED",
  "POSTPONED accept": "ACCEPTED",
  "POSTPONED proposeDates": "DATES_PROPOSED",
  "POSTPONED decline": "DECLINED",
  "POSTPONED withdraw": "WITHDRAWN",
  "ACCEPTED proposeDates": "DATES_PROPOSED",
  "ACCEPTED postpone": "POSTPONED",
  "ACCEPTED decline": "DECLINED",
  "ACCEPTED schedule": "SCHEDULED",
  "ACCEPTED withdraw": "WITHDRAWN",
  "DATES_PROPOSED remind": "REMINDED",
  "DATES_PROPOSED proposeDates": "DATES_PROPOSED",
  "DATES_PROPOSED postpone": "POSTPONED",
  "DATES_PROPOSED decline": "DECLINED",
  "DATES_PROPOSED acceptProposedDates": "SCHEDULED",
  "DATES_PROPOSED withdraw": "WITHDRAWN",
  "SCHEDULED postpone": "POSTPONED",
  "SCHEDULED complete": "COMPLETED",
  "SCHEDULED withdraw": "WITHDRAWN",
  // A State's invitation, answered by the mandate.
  "INVITED acceptInvitation": "ACCEPTED",
  "INVITED declineInvitation": "DECLINED",
  "INVITED deferInvitation": "INVITATION_DEFERRED",
  "INVITATION_DEFERRED acceptInvitation": "ACCEPTED",
  "INVITATION_DEFERRED declineInvitation": "DECLINED",
};
const STATE_ACTIONS: VisitAction[] = ["accept", "proposeDates", "postpone", "decline"];
const sideOf = (a: VisitAction) => (STATE_ACTIONS.includes(a) ? "state" : "requester");

describe("visit request state machine (R9)", () => {
  for (const from of ALL) {
    for (const action of VISIT_ACTIONS) {
      const expected = ALLOWED[`${from} ${action}`];
      it(`${from} —${action}→ ${expected ?? "refused"}`, () => {
        const result = transition(from, action, sideOf(action));
        if (expected) expect(result).toMatchObject({ ok: true, to: expected });
        else expect(result).toEqual({ ok: false, reason: "not-allowed-from-status" });
      });
    }
  }

  it("refuses impossible transitions", () => {
    // Completing a visit that was never accepted or scheduled.
    for (const from of ["REQUESTED", "REMINDED", "ACCEPTED", "DATES_PROPOSED", "DECLINED", "POSTPONED", "DRAFT"] as const) {
      expect(transition(from, "complete", "requester").ok).toBe(false);
    }
    // Scheduling what the State declined or never answered; answering a withdrawn or completed request.
    expect(transition("DECLINED", "schedule", "requester").ok).toBe(false);
    expect(transition("REQUESTED", "schedule", "requester").ok).toBe(false);
    expect(transition("REQUESTED", "acceptProposedDates", "requester").ok).toBe(false);
    expect(transition("WITHDRAWN", "accept", "state").ok).toBe(false);
    expect(transition("COMPLETED", "decline", "state").ok).toBe(false);
    expect(transition("COMPLETED", "withdraw", "requester").ok).toBe(false);
  });

  it("an acceptance with dates waits for the mandate holder's confirmation", () => {
    expect(transition("REQUESTED", "accept", "state", { withDates: true })).toEqual({
      ok: true,
      to: "DATES_PROPOSED",
      event: "ACCEPTANCE",
    });
    expect(transition("REQUESTED", "accept", "state", { withDates: false })).toEqual({ ok: true, to: "ACCEPTED", event: "ACCEPTANCE" });
  });

  it("each side acts only on its own actions", () => {
    expect(transition("REQUESTED", "accept", "requester")).toEqual({ ok: false, reason: "wrong-side" });
    expect(transition("DATES_PROPOSED", "acceptProposedDates", "state")).toEqual({ ok: false, reason: "wrong-side" });
    expect(transition("REQUESTED", "remind", "state")).toEqual({ ok: false, reason: "wrong-side" });
  });

  it("lists the actions that apply", () => {
    expect(availableActions("REQUESTED", "state")).toEqual(["accept", "proposeDates", "postpone", "decline"]);
    // Which of the first two applies depends on whether the dates have passed (visit-dates.ts).
    expect(availableActions("DATES_PROPOSED", "requester")).toEqual(["remind", "acceptProposedDates", "withdraw"]);
    expect(availableActions("COMPLETED", "requester")).toEqual([]);
    expect(availableActions("DECLINED", "state")).toEqual([]);
    // A State's invitation: the State has nothing to answer; the mandate accepts, declines or says "not now" (once).
    expect(availableActions("INVITED", "state")).toEqual([]);
    expect(availableActions("INVITED", "requester")).toEqual(["acceptInvitation", "declineInvitation", "deferInvitation"]);
    expect(availableActions("INVITATION_DEFERRED", "requester")).toEqual(["acceptInvitation", "declineInvitation"]);
  });

  it("an invitation taken up joins the request's lifecycle: dates agreed, then the visit", () => {
    expect(transition("INVITED", "acceptInvitation", "requester")).toEqual({ ok: true, to: "ACCEPTED", event: "INVITATION_ACCEPTED" });
    expect(transition("ACCEPTED", "schedule", "requester")).toMatchObject({ ok: true, to: "SCHEDULED" });
    // The State cannot answer its own invitation, nor remind the mandate through the request's reminder.
    expect(transition("INVITED", "acceptInvitation", "state")).toEqual({ ok: false, reason: "wrong-side" });
    expect(transition("INVITED", "accept", "state")).toEqual({ ok: false, reason: "not-allowed-from-status" });
    expect(transition("INVITED", "remind", "requester")).toEqual({ ok: false, reason: "not-allowed-from-status" });
    expect(transition("INVITED", "schedule", "requester")).toEqual({ ok: false, reason: "not-allowed-from-status" });
  });
});
