import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { managesOrganisationMember } from "../auth/policy";
import { writeAudit } from "../platform/write-audit";
import { organisationMembersWhere } from "./member-scope";
import type { SetMemberAdminInput } from "./schemas";

/**
 * An organisation's administrator makes another member an administrator, or no longer (issue 17,
 * item 3). Never itself — so an organisation always keeps the administrator who acts — and never a
 * member of another organisation (not found).
 */
export async function setOrganisationMemberAdmin({ actor, input }: { actor: Actor; input: SetMemberAdminInput }) {
  const where = organisationMembersWhere(actor);
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findFirst({
      where: { ...where, id: input.userId },
      select: { id: true, organisationAdmin: true, role: true, organisationId: true },
    });
    // The query is scoped to the organisation; the policy says the same (lib/auth/policy.ts).
    if (!before || !managesOrganisationMember(actor, before)) throw new AppError("NOT_FOUND", "No such member");
    if (before.id === actor.userId) throw new AppError("CONFLICT", "users.cannotChangeSelf");
    const after = await tx.user.update({
      where: { id: before.id },
      data: { organisationAdmin: input.organisationAdmin },
      select: { id: true, organisationAdmin: true, organisationId: true },
    });
    await writeAudit(tx, {
      actor,
      action: input.organisationAdmin ? "user.appoint-organisation-admin" : "user.remove-organisation-admin",
      entityType: "User",
      entityId: after.id,
      before: { organisationAdmin: before.organisationAdmin },
      after,
    });
    return after;
  });
}
