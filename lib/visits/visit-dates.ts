// Dates of a visit that is still to come (R9): the days a State proposes or accepts, and the days the
// requesting side records as agreed, cannot already have passed — a visit cannot be scheduled in the
// past, so accepting such dates would leave the mandate holder with nothing to agree to. "Today" is the
// Geneva calendar day (genevaCalendarDate), as visit dates are calendar days.
// Pure: answer-visit.ts and requester-action.ts apply it; the requester's choices follow from it.
import type { VisitRequestStatus } from "../generated/prisma/enums";
import type { VisitAction } from "./state-machine";

export type DateFieldErrors = { start?: string[]; end?: string[] };

/** The field errors of a visit's first and last days that have already passed (null when none). */
export function pastVisitDates({ start, end, today }: { start: Date | null; end: Date | null; today: Date }): DateFieldErrors | null {
  const errors: DateFieldErrors = {};
  if (start && start < today) errors.start = ["visits.startInPast"];
  if (end && end < today) errors.end = ["visits.endInPast"];
  return errors.start || errors.end ? errors : null;
}

/** Whether the dates a State proposed have already begun to pass, so they can no longer be agreed to. */
export function proposedDatesPassed(proposedStart: Date | null, today: Date): boolean {
  return proposedStart !== null && proposedStart < today;
}

/**
 * What the requesting side may do with dates the State proposed: agree to them while they are still
 * ahead; once they have passed, ask the State for new ones (a reminder) instead — the request would
 * otherwise be stuck. Other statuses are left as the state machine says.
 */
export function requesterActionsToday(
  available: readonly VisitAction[],
  r: { status: VisitRequestStatus; stateProposedStart: Date | null },
  today: Date,
): VisitAction[] {
  if (r.status !== "DATES_PROPOSED") return [...available];
  const passed = proposedDatesPassed(r.stateProposedStart, today);
  return available.filter((a) => (passed ? a !== "acceptProposedDates" : a !== "remind"));
}

/** Why the requesting side may not take `action` today (a catalog key), or null when it may. */
export function requesterActionRefusal(
  action: VisitAction,
  r: { status: VisitRequestStatus; stateProposedStart: Date | null },
  today: Date,
): string | null {
  if (r.status !== "DATES_PROPOSED") return null;
  const passed = proposedDatesPassed(r.stateProposedStart, today);
  if (action === "acceptProposedDates" && passed) return "visits.proposedDatesPassed";
  if (action === "remind" && !passed) return "visits.notAllowedNow";
  return null;
}
