import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";
import { ISSUED_STATUSES } from "./rules";

const NOTHING = { id: { in: [] as string[] } };

/** What anyone may see: issued calls whose opening date has come (R12: one public page for all). */
export function publicCallScope(now: Date): Prisma.QuestionnaireWhereInput {
  return { status: { in: [...ISSUED_STATUSES] }, opensAt: { lte: now } };
}

/**
 * The calls an actor manages in its workspace, proposals and drafts included: the secretariat all of
 * them, a holder those of mandates it serves. Everyone else nothing (fail closed).
 */
export function managedQuestionnaireScopeFor(actor: Actor | null): Prisma.QuestionnaireWhereInput {
  if (!actor) return NOTHING;
  if (can(actor, "questionnaire:create")) return {};
  if (actor.role === "MANDATE_HOLDER" && can(actor, "questionnaire:propose")) {
    return { mandates: { some: { mandateId: { in: [...actor.mandateIds] } } } };
  }
  return NOTHING;
}

/** Calls taking answers now from this actor's kind of respondent. */
export function answerableScopeFor(actor: Actor | null, now: Date): Prisma.QuestionnaireWhereInput {
  if (!actor || !can(actor, "questionnaire:answer")) return NOTHING;
  const audiences =
    actor.role === "STATE" && actor.stateId
      ? (["STATES", "ALL"] as const)
      : actor.role === "CIVIL_SOCIETY"
        ? (["CIVIL_SOCIETY", "ALL"] as const)
        : null;
  if (!audiences) return NOTHING;
  return { status: "OPEN", opensAt: { lte: now }, deadline: { gt: now }, audience: { in: [...audiences] } };
}

/**
 * The respondent's own answer: a State user answers on behalf of its State, so any user of that State
 * sees and continues the State's answer; a member of an organisation account answers on behalf of its
 * organisation, likewise (issue 17, item 3); any other civil-society user only its own.
 */
export function ownResponseScopeFor(actor: Actor | null): Prisma.QuestionnaireResponseWhereInput {
  if (!actor || !can(actor, "questionnaire:answer")) return NOTHING;
  if (actor.role === "STATE" && actor.stateId) return { respondent: { is: { role: "STATE", stateId: actor.stateId } } };
  if (actor.role === "CIVIL_SOCIETY" && actor.organisationId)
    return { respondent: { is: { role: "CIVIL_SOCIETY", organisationId: actor.organisationId } } };
  if (actor.role === "CIVIL_SOCIETY") return { respondentId: actor.userId };
  return NOTHING;
}

/** Who answers as one (lib/questionnaires/save-response.ts): a State, an organisation, else the person. */
export function respondentKeyOf(actor: Actor): string {
  if (actor.role === "STATE") return `state:${actor.stateId}`;
  if (actor.role === "CIVIL_SOCIETY" && actor.organisationId) return `organisation:${actor.organisationId}`;
  return `user:${actor.userId}`;
}

/** Submitted answers an actor may read: the secretariat all; holders those to calls of their mandates. Never drafts. */
export function viewableAnswersScopeFor(actor: Actor | null): Prisma.QuestionnaireResponseWhereInput {
  if (!actor || !can(actor, "questionnaire:view-answers")) return NOTHING;
  if (can(actor, "questionnaire:create")) return { submittedAt: { not: null } };
  if (actor.role === "MANDATE_HOLDER") {
    return { submittedAt: { not: null }, questionnaire: { is: { mandates: { some: { mandateId: { in: [...actor.mandateIds] } } } } } };
  }
  return NOTHING;
}

/** Answers published under their call: allowed by the respondent, submitted, and the deadline passed (R12). */
export function publicAnswersScope(now: Date): Prisma.QuestionnaireResponseWhereInput {
  return { mayPublish: true, submittedAt: { not: null }, questionnaire: { is: { ...publicCallScope(now), deadline: { lte: now } } } };
}
