import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";

const NOTHING: Prisma.CommunicationWhereInput = { id: { in: [] } };

/** R5: what anyone may see — sent, and past the reply period. */
export function publicCommunicationScope(now: Date): Prisma.CommunicationWhereInput {
  return { status: "SENT", sentAt: { lte: now }, publicFrom: { lte: now } };
}

/**
 * Which communications an actor may see in its workspace, as a Prisma filter. Every read applies it,
 * so a record outside it is "not found" rather than "forbidden". Fail closed.
 */
export function communicationScopeFor(actor: Actor | null, now: Date): Prisma.CommunicationWhereInput {
  if (!actor) return publicCommunicationScope(now);
  if (can(actor, "communication:read-all")) return {};
  if (actor.role === "MANDATE_HOLDER" && can(actor, "communication:draft")) {
    return { mandates: { some: { mandateId: { in: [...actor.mandateIds] } } } };
  }
  if (actor.role === "STATE" && can(actor, "communication:read-addressed") && actor.stateId) {
    const stateId = actor.stateId;
    return { status: "SENT", sentAt: { lte: now }, OR: [{ addresseeStateId: stateId }, { copies: { some: { stateId } } }] };
  }
  if (actor.role === "CIVIL_SOCIETY" || actor.role === "ADMIN") return publicCommunicationScope(now);
  return NOTHING;
}

/**
 * The communications an actor sees through its workspace role (secretariat, the mandates' holders,
 * the addressee or copied State) — never through the public scope. For documents that are not public.
 */
export function workspaceCommunicationScope(actor: Actor | null, now: Date): Prisma.CommunicationWhereInput {
  if (!actor) return NOTHING;
  if (!can(actor, "communication:read-all") && !can(actor, "communication:draft") && !can(actor, "communication:read-addressed"))
    return NOTHING;
  return communicationScopeFor(actor, now);
}
