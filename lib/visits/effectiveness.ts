// R10: the yearly review of standing invitations. A standing invitation is "not effective" when the
// State's visit requests of the review window all stayed unanswered, were declined, or were postponed
// without dates — a State that says "come any time" but never lets anyone come.
import type { VisitRequestStatus } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";

/**
 * The review looks back this many years. No setting exists for it (lib/settings has none for visits);
 * three years is one full cycle of Council sessions and half a mandate holder's maximum tenure, long
 * enough for a State to have answered and short enough to reflect its present practice.
 */
export const STANDING_INVITATION_REVIEW_YEARS = 3;

/** A request younger than this is not yet held against the State: it has had no time to answer. */
export const UNANSWERED_GRACE_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

export type ReviewedRequest = {
  id: string;
  status: VisitRequestStatus;
  requestedAt: Date | null;
  /** Dates the State gave (an indicative period with a postponement, or proposed dates). */
  stateProposedStart: Date | null;
};

export type Ineffective = "unanswered" | "declined" | "postponed-without-dates";

/** Why a request counts against the standing invitation, or null when it does not. */
export function ineffectiveReason(r: ReviewedRequest): Ineffective | null {
  switch (r.status) {
    case "REQUESTED":
    case "REMINDED":
      return "unanswered";
    case "DECLINED":
      return "declined";
    case "POSTPONED":
      return r.stateProposedStart ? null : "postponed-without-dates";
    default:
      return null;
  }
}

export type Effectiveness = {
  /** True when the window holds at least one counted request and every one of them is ineffective. */
  notEffective: boolean;
  /** The requests of the window that were taken into account, each with its reason (null: answered). */
  requests: { id: string; reason: Ineffective | null }[];
};

/**
 * Reviews one State's requests. Counted: requests sent within the last `years` years (and more than
 * the grace period ago); drafts and withdrawn requests are the mandate holder's doing and are not held
 * against the State.
 */
export function reviewStandingInvitation(
  requests: readonly ReviewedRequest[],
  now: Date,
  opts: { years?: number; graceDays?: number } = {},
): Effectiveness {
  const years = opts.years ?? STANDING_INVITATION_REVIEW_YEARS;
  const graceDays = opts.graceDays ?? UNANSWERED_GRACE_DAYS;
  const from = new Date(now);
  from.setUTCFullYear(from.getUTCFullYear() - years);
  const until = new Date(now.getTime() - graceDays * DAY_MS);
  const counted = requests
    .filter((r) => r.requestedAt && r.requestedAt >= from && r.requestedAt <= until)
    .filter((r) => r.status !== "DRAFT" && r.status !== "WITHDRAWN")
    .sort((a, b) => a.requestedAt!.getTime() - b.requestedAt!.getTime())
    .map((r) => ({ id: r.id, reason: ineffectiveReason(r) }));
  return { notEffective: counted.length > 0 && counted.every((r) => r.reason !== null), requests: counted };
}

/**
 * R10: a standing invitation is in force at `at` when it was extended on or before it and not withdrawn
 * by then. The one statement of the rule, as a Prisma filter: the register, the filter of /states and
 * "Facts and figures" all ask the database with it.
 */
export function standingInvitationInForce(at: Date): Prisma.StandingInvitationWhereInput {
  return { extendedOn: { lte: at }, OR: [{ withdrawnOn: null }, { withdrawnOn: { gt: at } }] };
}
