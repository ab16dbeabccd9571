import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import type { Prisma } from "../generated/prisma/client";

/**
 * The accounts an organisation's administrator acts on (issue 17, item 3): the civil-society users of
 * its own organisation. Everything else is left out of the query, so another organisation's member is
 * "not found" (404), never "forbidden" (lib/auth/policy.ts, managesOrganisationMember).
 */
export function organisationMembersWhere(actor: Actor): Prisma.UserWhereInput {
  assertCan(actor, "organisation:manage-members");
  if (!actor.organisationId) throw new AppError("FORBIDDEN", "No organisation");
  return { role: "CIVIL_SOCIETY", organisationId: actor.organisationId };
}
