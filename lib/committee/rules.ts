// Pure rules of the Coordination Committee's space (issue 18, item 5). No database here: the callers
// load the year's membership or the statement and act on the decision.
import type { CommitteeRole, CommitteeStatementStatus } from "../generated/prisma/enums";

/** The Coordination Committee has six members (the design brief, §1), one of them its Chair. */
export const COMMITTEE_SIZE = 6;

/** A joint statement speaks for several mandate holders: at least two members sign before it is published. */
export const MIN_SIGNATURES = 2;

/** Committee roles held by one person at a time in a year. */
const SINGLE_SEATS: readonly CommitteeRole[] = ["CHAIR", "RAPPORTEUR"];

export type MembershipProblem = "full" | "chairTaken" | "rapporteurTaken" | null;

/**
 * Whether `candidate` may take (or change to) `role` on a year's Committee whose seats are
 * `seats`: six seats at most, one Chair, one Rapporteur. A holder already seated changes role.
 */
export function membershipProblem(
  seats: readonly { mandateHolderId: string; role: CommitteeRole }[],
  candidate: { mandateHolderId: string; role: CommitteeRole },
): MembershipProblem {
  const others = seats.filter((s) => s.mandateHolderId !== candidate.mandateHolderId);
  if (others.length >= COMMITTEE_SIZE) return "full";
  if (SINGLE_SEATS.includes(candidate.role) && others.some((s) => s.role === candidate.role)) {
    return candidate.role === "CHAIR" ? "chairTaken" : "rapporteurTaken";
  }
  return null;
}

/** The order seats are shown in: the Chair, the Rapporteur, then members (by name, by the caller). */
export const ROLE_ORDER: Record<CommitteeRole, number> = { CHAIR: 0, RAPPORTEUR: 1, MEMBER: 2 };

export type StatementPublicationProblem = "notDraft" | "tooFewSignatures" | null;

/** A draft signed by at least MIN_SIGNATURES members of the Committee that speaks may be published. */
export function statementPublicationProblem(s: { status: CommitteeStatementStatus; signatures: number }): StatementPublicationProblem {
  if (s.status !== "DRAFT") return "notDraft";
  if (s.signatures < MIN_SIGNATURES) return "tooFewSignatures";
  return null;
}

/**
 * The signatures a statement keeps when its text is edited: only the editor's own, if it signs. The
 * others signed a text that is no longer there, so they sign again.
 */
export function signaturesAfterEdit<S extends { mandateHolderId: string }>(signatures: readonly S[], editorHolderId: string | null): S[] {
  return signatures.filter((s) => editorHolderId !== null && s.mandateHolderId === editorHolderId);
}
