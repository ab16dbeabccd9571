// Record-level rules of questionnaires and calls for input (R12). The role table says who may create,
// propose, answer and view answers at all; these say for which calls.
import type { QuestionnaireAudience, Role } from "../generated/prisma/enums";
import type { Actor } from "./actor";
import { can, servesMandate } from "./policy";

/** Which audiences a role may answer as: States answer "States" and "all" calls, civil society "civil society" and "all". */
export function audienceAccepts(audience: QuestionnaireAudience, role: Role): boolean {
  if (role === "STATE") return audience === "STATES" || audience === "ALL";
  if (role === "CIVIL_SOCIETY") return audience === "CIVIL_SOCIETY" || audience === "ALL";
  return false;
}

/** The secretariat creates calls for any mandate; a holder proposes them only for mandates it serves. */
export function mayProposeFor(actor: Actor | null, mandateIds: readonly string[]): boolean {
  if (!actor || mandateIds.length === 0) return false;
  if (can(actor, "questionnaire:create")) return true;
  return can(actor, "questionnaire:propose") && mandateIds.every((m) => servesMandate(actor, m));
}

/** Only the secretariat approves a holder's proposal (and so issues the call). */
export function mayApprove(actor: Actor | null): boolean {
  return can(actor, "questionnaire:create");
}

/** Who sees the submitted answers: the secretariat; holders of a mandate the call belongs to. */
export function mayViewAnswers(actor: Actor | null, q: { mandateIds: readonly string[] }): boolean {
  if (!actor || !can(actor, "questionnaire:view-answers")) return false;
  if (can(actor, "questionnaire:create")) return true;
  return q.mandateIds.some((m) => servesMandate(actor, m));
}

/** A State (on behalf of its State) answers calls to States; civil society answers calls to civil society. */
export function mayAnswer(actor: Actor | null, q: { audience: QuestionnaireAudience }): boolean {
  if (!actor || !can(actor, "questionnaire:answer")) return false;
  if (actor.role === "STATE" && !actor.stateId) return false;
  return audienceAccepts(q.audience, actor.role);
}
