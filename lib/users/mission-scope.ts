import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import type { Prisma } from "../generated/prisma/client";

/**
 * The accounts a mission administrator acts on (issue 12, item 5): the STATE users of its own State.
 * Everything else is left out of the query, so another mission's user is "not found" (404), never
 * "forbidden".
 */
export function missionMembersWhere(actor: Actor): Prisma.UserWhereInput {
  assertCan(actor, "mission:manage-users");
  if (!actor.stateId) throw new AppError("FORBIDDEN", "No State");
  return { role: "STATE", stateId: actor.stateId };
}
