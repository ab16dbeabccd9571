// Record-level rules of the Internal Advisory Mechanism (R15): cases are visible only to the parties
// and to those who handle them — the Coordination Committee (the holders seated on the Committee of the
// Geneva year in force when the actor was loaded: lib/auth/committee-seat.ts) and the secretariat. Fail closed.
import type { Actor } from "./actor";
import { actsForState, can } from "./policy";

export type AdvisoryCategoryName = "CONTEMPLATED_ACTIVITY" | "STATE_REFERRAL" | "SYSTEMIC_ISSUE";

/** The secretariat (advisory:handle) and members of the Coordination Committee. */
export function mayHandleAdvisory(actor: Actor | null): boolean {
  if (!actor) return false;
  if (can(actor, "advisory:handle")) return true;
  return actor.role === "MANDATE_HOLDER" && actor.coordinationCommittee && can(actor, "advisory:submit");
}

/** A party: who submitted it, the mandate holder it concerns, the State it concerns. */
export function isAdvisoryParty(
  actor: Actor | null,
  c: { submittedById: string | null; mandateHolderId: string | null; stateId: string | null },
): boolean {
  if (!actor || !can(actor, "advisory:submit")) return false;
  if (c.submittedById !== null && c.submittedById === actor.userId) return true;
  if (c.mandateHolderId !== null && actor.role === "MANDATE_HOLDER" && actor.mandateHolderId === c.mandateHolderId) return true;
  return c.stateId !== null && actsForState(actor, c.stateId);
}

export function mayReadAdvisoryCase(actor: Actor | null, c: Parameters<typeof isAdvisoryParty>[1]): boolean {
  return mayHandleAdvisory(actor) || isAdvisoryParty(actor, c);
}

/**
 * R15's three categories, by who brings them: (a) a mandate holder about its own contemplated
 * activity, (b) a State referring a specific case, (c) a policy or systemic issue — raised by a
 * mandate holder or the secretariat.
 */
export function advisoryCategoriesFor(actor: Actor | null): AdvisoryCategoryName[] {
  if (!actor || !can(actor, "advisory:submit")) return [];
  switch (actor.role) {
    case "MANDATE_HOLDER":
      return ["CONTEMPLATED_ACTIVITY", "SYSTEMIC_ISSUE"];
    case "STATE":
      return ["STATE_REFERRAL"];
    case "SECRETARIAT":
      return ["SYSTEMIC_ISSUE"];
    default:
      return [];
  }
}
