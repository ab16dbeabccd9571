import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { mayActAsRequester } from "../auth/visits-policy";

/**
 * Which timeline entries of a request an actor sees in its workspace. The requesting side (holder,
 * secretariat) sees all. The State sees the exchanges with it, not the internal notes, and the
 * end-of-mission statement only once it was shared with it (R4).
 */
export function workspaceEventScope(
  actor: Actor,
  r: { mandateId: string; stateId: string; statementShared: boolean },
): Prisma.VisitEventWhereInput {
  if (mayActAsRequester(actor, r)) return {};
  const hidden: Prisma.VisitEventWhereInput["kind"] = { notIn: r.statementShared ? ["NOTE"] : ["NOTE", "END_OF_MISSION_STATEMENT"] };
  return { kind: hidden };
}

/** Notes of these public entries are public too; other notes (letters' wording, reasons) stay in the workspace. */
export const PUBLIC_NOTE_KINDS = new Set([
  "SCHEDULED",
  "END_OF_MISSION_STATEMENT",
  "CIVIL_SOCIETY_DEBRIEFING",
  "REPORT",
  "FOLLOW_UP",
  "STANDING_INVITATION_LETTER",
]);
