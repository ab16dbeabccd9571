import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/policy";
import { AppError } from "../core/errors";
import { memberSelect, organisationSelect } from "./selects";
import { organisationMembersWhere } from "./member-scope";

/**
 * A member's own organisation (issue 17, item 3): always the actor's, never one named by the request.
 * Its status for everyone in it — the only thing a member sees until the secretariat approves it — and
 * its members for its administrators.
 */
export async function getOwnOrganisation({ actor }: { actor: Actor }) {
  assertCan(actor, "organisation:view-own");
  if (!actor.organisationId) throw new AppError("NOT_FOUND", "No organisation");
  const manages = can(actor, "organisation:manage-members");
  const [org, members] = await Promise.all([
    prisma.organisation.findUnique({ where: { id: actor.organisationId }, select: organisationSelect }),
    manages
      ? prisma.user.findMany({
          where: organisationMembersWhere(actor),
          orderBy: [{ active: "desc" }, { name: "asc" }],
          select: memberSelect,
        })
      : Promise.resolve([]),
  ]);
  if (!org) throw new AppError("NOT_FOUND", "No organisation");
  return { ...org, members, manages };
}
export type OwnOrganisation = Awaited<ReturnType<typeof getOwnOrganisation>>;
