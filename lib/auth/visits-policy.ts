// Record-level rules of country visits (R4, R9–R11, R16). Pure functions over the policy in
// policy.ts; lib/visits turns them into Prisma filters (scope.ts) and checks them before each change.
import type { Actor } from "./actor";
import { actsForState, can, servesMandate } from "./policy";

type RequestRef = { mandateId: string; stateId: string };

/** The secretariat: sees every request and records what happened outside the portal. */
export function recordsVisits(actor: Actor | null): boolean {
  return can(actor, "visit:record");
}

/** A request is the requesting side's when the actor holds its mandate now, or is the secretariat. */
export function mayActAsRequester(actor: Actor | null, r: RequestRef): boolean {
  if (recordsVisits(actor)) return true;
  return can(actor, "visit:request") && servesMandate(actor, r.mandateId);
}

/** A mandate holder requests visits only for mandates it serves. */
export function mayRequestFor(actor: Actor | null, mandateId: string): boolean {
  return can(actor, "visit:request") && servesMandate(actor, mandateId);
}

/**
 * A State invites a mandate to visit it: only its own Permanent Mission's users, for their own State
 * (the State of the invitation is the actor's, never one the client sent). The mandate's holder or the
 * secretariat then answers it as the mandate's side (mayActAsRequester).
 */
export function mayInvite(actor: Actor | null): actor is Actor & { stateId: string } {
  return can(actor, "visit:answer") && actor !== null && actor.stateId !== null && actsForState(actor, actor.stateId);
}

/** The State answers requests to itself in its workspace; the secretariat records answers sent outside it. */
export function mayAnswer(actor: Actor | null, r: RequestRef): boolean {
  if (recordsVisits(actor)) return true;
  return can(actor, "visit:answer") && actsForState(actor, r.stateId);
}

/** Who may see a request in a workspace: its mandate's holder, the State it is addressed to, the secretariat. */
export function maySeeRequest(actor: Actor | null, r: RequestRef & { status: string }): boolean {
  if (recordsVisits(actor)) return true;
  if (can(actor, "visit:request") && servesMandate(actor, r.mandateId)) return true;
  // A draft has not been sent: the State does not know of it.
  return can(actor, "visit:answer") && actsForState(actor, r.stateId) && r.status !== "DRAFT";
}

/**
 * R16: the implementation status of a recommendation is updated by the secretariat, and by a State
 * only for recommendations of reports on visits to itself.
 */
export function mayUpdateRecommendation(actor: Actor | null, rec: { visitStateId: string | null }): boolean {
  if (!can(actor, "recommendation:update-status")) return false;
  if (recordsVisits(actor)) return true;
  return rec.visitStateId !== null && actsForState(actor, rec.visitStateId);
}

/** Reports and their recommendations are recorded by the mandate's holder or the secretariat. */
export function mayRecordReport(actor: Actor | null, r: { mandateId: string }): boolean {
  return mayActAsRequester(actor, { mandateId: r.mandateId, stateId: "" });
}

/** R10: the register of standing invitations is kept by the secretariat. */
export function mayManageStandingInvitations(actor: Actor | null): boolean {
  return recordsVisits(actor);
}
