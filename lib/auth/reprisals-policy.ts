// Record-level rules of the reprisals register (R8). Safety first: whoever is not named here sees
// nothing of a case but its cleared public summary. Fail closed.
import type { Actor } from "./actor";
import { can, servesMandate } from "./policy";

/** How much of one case an actor may see: all of it, the mandate holder's part, or none. */
export type ReprisalAccess = "full" | "mandate" | "none";

/** What the policy needs to know about a case. */
export type ReprisalCaseFacts = {
  createdById: string | null;
  /** Mandates that signed (lead or co-signed) the communications linked to the case. */
  signatoryMandateIds: readonly string[];
  confidentiality: "STRICTLY_CONFIDENTIAL" | "CONFIDENTIAL" | "PUBLIC_SUMMARY_CLEARED";
};

/**
 * The secretariat sees every case in full. A mandate holder sees the cases linked to communications
 * its mandates signed, and the cases it recorded itself. Everyone else: none (the public register
 * shows cleared summaries, which are not "the case").
 */
export function reprisalAccess(actor: Actor | null, c: ReprisalCaseFacts): ReprisalAccess {
  if (!actor) return "none";
  if (can(actor, "reprisal:manage")) return "full";
  if (!can(actor, "reprisal:view-own-mandate")) return "none";
  if (c.createdById !== null && c.createdById === actor.userId) return "mandate";
  return c.signatoryMandateIds.some((m) => servesMandate(actor, m)) ? "mandate" : "none";
}

/**
 * The names of the people affected: the secretariat always; a mandate holder with access only when the
 * secretariat chose "confidential" (the holder already holds them in the confidential annex of its
 * letter). The schema keeps one level per case, so a case whose summary was cleared no longer says
 * whether it was strictly confidential: safety first, it is treated as such. Never anyone else.
 */
export function mayReadPersonsConcerned(access: ReprisalAccess, c: Pick<ReprisalCaseFacts, "confidentiality">): boolean {
  if (access === "full") return true;
  return access === "mandate" && c.confidentiality === "CONFIDENTIAL";
}

/** Internal fields of the secretariat (notes on referrals, who cleared the summary): the secretariat only. */
export function mayReadInternalNotes(access: ReprisalAccess): boolean {
  return access === "full";
}

/**
 * A mandate holder records a case only with communications its own mandates signed; the secretariat
 * links any sent communication.
 */
export function mayLinkCommunications(actor: Actor | null, signatoryMandateIdsPerCommunication: readonly (readonly string[])[]): boolean {
  if (!actor) return false;
  if (can(actor, "reprisal:manage")) return true;
  if (!can(actor, "reprisal:submit")) return false;
  return signatoryMandateIdsPerCommunication.every((ms) => ms.some((m) => servesMandate(actor, m)));
}

/**
 * Four eyes on publication: a secretariat member clears a public summary only when someone else
 * wrote it (last). A summary whose author is unknown (written before authors were recorded and
 * absent from the audit log) may be cleared by any secretariat member.
 */
export function mayClearPublicSummary(actor: Actor | null, c: { publicSummaryWrittenById: string | null }): boolean {
  if (!actor || !can(actor, "reprisal:manage")) return false;
  return c.publicSummaryWrittenById !== actor.userId;
}
