import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";

const NOTHING: Prisma.PressReleaseWhereInput = { id: { in: [] } };

/** What anyone may see: published press releases only — never drafts, never shared-but-unpublished (R3). */
export function publicPressReleaseScope(now: Date): Prisma.PressReleaseWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

/**
 * Which press releases an actor may see, as a Prisma filter applied by every read: outside it a
 * record is "not found". A State sees those shared with it in advance (R3) once the mail is due —
 * a share held outside Geneva business hours reaches it at the next opening (R1): the ones on a
 * communication addressed to it and the ones on a country visit to it. Fail closed.
 */
export function pressReleaseScopeFor(actor: Actor | null, now: Date): Prisma.PressReleaseWhereInput {
  if (!actor) return publicPressReleaseScope(now);
  if (can(actor, "communication:read-all")) return {};
  if (actor.role === "MANDATE_HOLDER" && can(actor, "press-release:manage")) {
    return { mandateId: { in: [...actor.mandateIds] } };
  }
  if (actor.role === "STATE" && can(actor, "communication:read-addressed") && actor.stateId) {
    return {
      status: { in: ["SHARED_WITH_STATE", "PUBLISHED"] },
      sharedWithStateAt: { lte: now },
      OR: [
        { communication: { is: { addresseeStateId: actor.stateId } } },
        { visit: { is: { visitRequest: { is: { stateId: actor.stateId } } } } },
      ],
    };
  }
  if (actor.role === "CIVIL_SOCIETY" || actor.role === "ADMIN") return publicPressReleaseScope(now);
  return NOTHING;
}
