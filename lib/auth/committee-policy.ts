// Record-level rules of the Coordination Committee's space (issue 18, item 5). Who sits on the
// Committee is a record of the year (CommitteeMembership), not a property of the account: the caller
// reads the actor's seat on the Committee of the year concerned and passes it in. Fail closed: no
// actor, or a holder without a seat, may do nothing here but read what is public.
import type { Actor } from "./actor";
import { can } from "./policy";

/** The actor's seat on the Committee of the year concerned; null when it has none. */
export type CommitteeSeat = "CHAIR" | "RAPPORTEUR" | "MEMBER" | null;

/** A mandate holder sitting on the Committee of the year (the seat read from that year's membership). */
function sitsOnCommittee(actor: Actor | null, seat: CommitteeSeat): boolean {
  return !!actor && actor.role === "MANDATE_HOLDER" && seat !== null && can(actor, "committee:contribute");
}

/** Who records the membership of a year: the secretariat. */
export function mayRecordCommitteeMembership(actor: Actor | null): boolean {
  return can(actor, "committee:manage");
}

/**
 * Who drafts, edits and reads the unpublished statements of a year's Committee: the secretariat, or a
 * member of that Committee. A holder who does not sit on it neither drafts nor sees its drafts.
 */
export function mayDraftCommitteeStatement(actor: Actor | null, seat: CommitteeSeat): boolean {
  return can(actor, "committee:manage") || sitsOnCommittee(actor, seat);
}

/** A statement is signed by the members of the Committee that speaks, in person: not by the secretariat. */
export function maySignCommitteeStatement(actor: Actor | null, seat: CommitteeSeat): boolean {
  return sitsOnCommittee(actor, seat);
}

/** Published by the secretariat (as press releases are) or by the Chair of the Committee that speaks. */
export function mayPublishCommitteeStatement(actor: Actor | null, seat: CommitteeSeat): boolean {
  return can(actor, "committee:manage") || (sitsOnCommittee(actor, seat) && seat === "CHAIR");
}

/** Guidance is kept by the secretariat and the members of the current Committee. */
export function mayEditGuidance(actor: Actor | null, currentSeat: CommitteeSeat): boolean {
  return can(actor, "committee:manage") || sitsOnCommittee(actor, currentSeat);
}
