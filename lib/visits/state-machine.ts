// The one state machine of a visit request (R9). Every change of VisitRequest.status goes through
// `transition`: an action that does not apply to the current status is refused, so a visit that was
// never accepted cannot be scheduled or completed, and a declined request cannot be answered again.
// Pure: the callers load the request, ask here, then write the new status with a guard on the old one.
import type { VisitEventKind, VisitRequestStatus } from "../generated/prisma/enums";

/**
 * Who performs an action: the mandate's side (its holder or the secretariat — the requesting side of a
 * request, the invited side of a State's invitation) or the State's side.
 */
export type VisitSide = "requester" | "state";

export type VisitAction =
  | "send" // the mandate holder sends a request kept as a draft
  | "remind" // a reminder goes to the mission (R9)
  | "accept" // the State accepts, with or without dates
  | "proposeDates" // the State proposes other dates
  | "postpone" // the State postpones, with or without an indicative period
  | "decline" // the State declines, with its reason
  | "acceptProposedDates" // the mandate holder agrees to the dates the State proposed: scheduled
  | "schedule" // after an acceptance in principle, the agreed dates are recorded: scheduled
  | "complete" // the visit took place
  | "withdraw" // the mandate holder withdraws the request
  | "acceptInvitation" // the mandate takes up a State's invitation: dates are then agreed as for a request
  | "declineInvitation" // the mandate declines a State's invitation, with its reason
  | "deferInvitation"; // the mandate answers a State's invitation "not now"

type Rule = { from: readonly VisitRequestStatus[]; side: VisitSide; event: VisitEventKind };

const UNANSWERED = ["REQUESTED", "REMINDED"] as const;
const OPEN_TO_ANSWER = [...UNANSWERED, "POSTPONED"] as const;
/** A State's invitation the mandate has not accepted or declined (it may have said "not now"). */
const INVITATION_OPEN = ["INVITED", "INVITATION_DEFERRED"] as const;

export const TRANSITIONS: Record<VisitAction, Rule> = {
  send: { from: ["DRAFT"], side: "requester", event: "REQUEST" },
  // From DATES_PROPOSED only once those dates have passed (./visit-dates.ts): new dates are asked for.
  remind: { from: [...UNANSWERED, "POSTPONED", "DATES_PROPOSED"], side: "requester", event: "REMINDER" },
  accept: { from: OPEN_TO_ANSWER, side: "state", event: "ACCEPTANCE" },
  proposeDates: { from: [...OPEN_TO_ANSWER, "ACCEPTED", "DATES_PROPOSED"], side: "state", event: "DATES_PROPOSED" },
  postpone: { from: [...UNANSWERED, "ACCEPTED", "DATES_PROPOSED", "SCHEDULED"], side: "state", event: "POSTPONEMENT" },
  decline: { from: [...OPEN_TO_ANSWER, "ACCEPTED", "DATES_PROPOSED"], side: "state", event: "DECLINE" },
  acceptProposedDates: { from: ["DATES_PROPOSED"], side: "requester", event: "SCHEDULED" },
  schedule: { from: ["ACCEPTED"], side: "requester", event: "SCHEDULED" },
  complete: { from: ["SCHEDULED"], side: "requester", event: "NOTE" },
  withdraw: { from: ["DRAFT", ...OPEN_TO_ANSWER, "ACCEPTED", "DATES_PROPOSED", "SCHEDULED"], side: "requester", event: "WITHDRAWAL" },
  // A State's invitation: once the mandate accepts it, it is an accepted visit like any other (dates
  // agreed with "schedule", or proposed by the State and agreed with "acceptProposedDates").
  acceptInvitation: { from: INVITATION_OPEN, side: "requester", event: "INVITATION_ACCEPTED" },
  declineInvitation: { from: INVITATION_OPEN, side: "requester", event: "INVITATION_DECLINED" },
  deferInvitation: { from: ["INVITED"], side: "requester", event: "INVITATION_DEFERRED" },
};

export const VISIT_ACTIONS = Object.keys(TRANSITIONS) as VisitAction[];

/** The status an action leads to. `withDates` matters only for an acceptance (dates → to be confirmed). */
function target(action: VisitAction, from: VisitRequestStatus, withDates: boolean): VisitRequestStatus {
  switch (action) {
    case "send":
      return "REQUESTED";
    case "remind":
      // A reminder about a postponed visit does not undo the postponement; one about dates that have
      // passed puts the request back to awaiting the State's answer.
      return from === "POSTPONED" ? "POSTPONED" : "REMINDED";
    case "acceptInvitation":
      return "ACCEPTED";
    case "declineInvitation":
      return "DECLINED";
    case "deferInvitation":
      return "INVITATION_DEFERRED";
    case "accept":
      return withDates ? "DATES_PROPOSED" : "ACCEPTED";
    case "proposeDates":
      return "DATES_PROPOSED";
    case "postpone":
      return "POSTPONED";
    case "decline":
      return "DECLINED";
    case "acceptProposedDates":
    case "schedule":
      return "SCHEDULED";
    case "complete":
      return "COMPLETED";
    case "withdraw":
      return "WITHDRAWN";
  }
}

export type TransitionResult =
  { ok: true; to: VisitRequestStatus; event: VisitEventKind } | { ok: false; reason: "not-allowed-from-status" | "wrong-side" };

/** Whether `action` applies to a request in status `from`, done by `side`, and where it leads. */
export function transition(
  from: VisitRequestStatus,
  action: VisitAction,
  side: VisitSide,
  opts: { withDates?: boolean } = {},
): TransitionResult {
  const rule = TRANSITIONS[action];
  if (rule.side !== side) return { ok: false, reason: "wrong-side" };
  if (!rule.from.includes(from)) return { ok: false, reason: "not-allowed-from-status" };
  return { ok: true, to: target(action, from, opts.withDates ?? false), event: rule.event };
}

/** The actions a side may take on a request in this status (for showing only the forms that apply). */
export function availableActions(from: VisitRequestStatus, side: VisitSide): VisitAction[] {
  return VISIT_ACTIONS.filter((a) => TRANSITIONS[a].side === side && TRANSITIONS[a].from.includes(from));
}

/** A request the State has not answered yet (R9, R10). */
export function isUnanswered(status: VisitRequestStatus): boolean {
  return (UNANSWERED as readonly string[]).includes(status);
}

/** Statuses in which a visit (its dates agreed) exists: the statement, debriefing and report belong here. */
export const VISIT_STATUSES: readonly VisitRequestStatus[] = ["SCHEDULED", "COMPLETED"];

/** A State's invitation still waiting for the mandate to take it up or decline it. */
export function isInvitationOpen(status: VisitRequestStatus): boolean {
  return (INVITATION_OPEN as readonly string[]).includes(status);
}

/** The mandate's answers to a State's invitation, as timeline events (R20). */
export const INVITATION_ANSWER_EVENTS: readonly VisitEventKind[] = ["INVITATION_ACCEPTED", "INVITATION_DECLINED", "INVITATION_DEFERRED"];

/** Statuses in which a request or invitation is still open between the two sides: one at a time per mandate and State. */
export const OPEN_STATUSES: readonly VisitRequestStatus[] = [
  "DRAFT",
  ...OPEN_TO_ANSWER,
  ...INVITATION_OPEN,
  "ACCEPTED",
  "DATES_PROPOSED",
  "SCHEDULED",
];

/** The State's answers, as timeline events: what the annual report (R9) counts as an answer. */
export const ANSWER_EVENTS: readonly VisitEventKind[] = ["ACCEPTANCE", "DATES_PROPOSED", "POSTPONEMENT", "DECLINE"];
