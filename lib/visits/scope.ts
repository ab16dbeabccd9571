import type { Prisma } from "../generated/prisma/client";
import type { VisitEventKind } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";

const NOTHING: Prisma.VisitRequestWhereInput = { id: { in: [] } };

/**
 * Which visit requests an actor may see in its workspace, as a Prisma filter applied by every read:
 * outside it a request is "not found" (404), not "forbidden". The secretariat sees all; a mandate
 * holder the requests of mandates it serves now; a State the requests sent to it (never drafts).
 * Fail closed: anyone else sees nothing here (the public pages use publicVisitRequestScope).
 */
export function visitRequestScopeFor(actor: Actor | null): Prisma.VisitRequestWhereInput {
  if (!actor) return NOTHING;
  if (can(actor, "visit:record")) return {};
  if (actor.role === "MANDATE_HOLDER" && can(actor, "visit:request")) return { mandateId: { in: [...actor.mandateIds] } };
  if (actor.role === "STATE" && can(actor, "visit:answer") && actor.stateId) return { stateId: actor.stateId, status: { not: "DRAFT" } };
  return NOTHING;
}

/** R9: every request that was sent is on the public record (its public events and documents only). */
export const publicVisitRequestScope: Prisma.VisitRequestWhereInput = { status: { not: "DRAFT" }, requestedAt: { not: null } };

/** Public timeline entries: only events marked public. */
export const publicEventScope: Prisma.VisitEventWhereInput = { isPublic: true };

/** Public documents: marked public and attached to a public event. */
export const publicAttachmentScope: Prisma.AttachmentWhereInput = { isPublic: true, visitEvent: { is: { isPublic: true } } };

/**
 * Which timeline events are public when recorded (R9 "announce to civil society"): the request, its
 * reminders and the State's answers are on the public record, and so are a State's invitation and the
 * mandate's answer to it; the dates a State proposes stay between
 * the parties until a visit is scheduled; the sharing of the statement and the debriefing are
 * exchanges with the State; notes are internal. The statement and the report become public events
 * only when they are published.
 */
export const PUBLIC_EVENT_KINDS: ReadonlySet<VisitEventKind> = new Set<VisitEventKind>([
  "REQUEST",
  "REMINDER",
  "ACCEPTANCE",
  "POSTPONEMENT",
  "DECLINE",
  "STANDING_INVITATION_LETTER",
  "SCHEDULED",
  "END_OF_MISSION_STATEMENT",
  "CIVIL_SOCIETY_DEBRIEFING",
  "REPORT",
  "FOLLOW_UP",
  "WITHDRAWAL",
  // A State's invitation and the mandate's answer (R20 counts them from the public record); their
  // notes (the message, the reason) and documents (the note verbale) stay between the parties.
  "INVITATION",
  "INVITATION_ACCEPTED",
  "INVITATION_DECLINED",
  "INVITATION_DEFERRED",
]);

/**
 * Documents published with a public event: letters between the mandate and the Government (request,
 * reminders, answers) stay confidential; the standing-invitation letter, the published statement, the
 * report and follow-up documents are public.
 */
export const PUBLIC_DOCUMENT_KINDS: ReadonlySet<VisitEventKind> = new Set<VisitEventKind>([
  "STANDING_INVITATION_LETTER",
  "END_OF_MISSION_STATEMENT",
  "REPORT",
  "FOLLOW_UP",
]);

export function eventIsPublic(kind: VisitEventKind): boolean {
  return PUBLIC_EVENT_KINDS.has(kind);
}

export function documentIsPublic(kind: VisitEventKind, eventPublic: boolean): boolean {
  return eventPublic && PUBLIC_DOCUMENT_KINDS.has(kind);
}
