import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { managesOrganisationMember } from "../auth/policy";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { revokeUserSessions } from "../auth/user-sessions";
import { organisationMembersWhere } from "./member-scope";
import type { SetMemberActiveInput } from "./schemas";

/**
 * An organisation's administrator removes a member — the account is deactivated and signed out
 * everywhere at once (an account with audit entries is never deleted) — or brings it back. Never
 * itself; another organisation's member is not found.
 */
export async function setOrganisationMemberActive({ actor, input }: { actor: Actor; input: SetMemberActiveInput }) {
  const where = organisationMembersWhere(actor);
  return prisma.$transaction(async (tx) => {
    const found = await tx.user.findFirst({
      where: { ...where, id: input.userId },
      select: { id: true, active: true, role: true, organisationId: true },
    });
    // The query is scoped to the organisation; the policy says the same (lib/auth/policy.ts).
    if (!found || !managesOrganisationMember(actor, found)) throw new AppError("NOT_FOUND", "No such member");
    const before = { id: found.id, active: found.active };
    if (before.id === actor.userId) throw new AppError("CONFLICT", "users.cannotChangeSelf");
    const after = await tx.user.update({ where: { id: before.id }, data: { active: input.active }, select: { id: true, active: true } });
    if (!input.active) await revokeUserSessions(tx, { userId: after.id, reason: "deactivation", now: clockNow() });
    await writeAudit(tx, {
      actor,
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: after.id,
      before,
      after: { ...after, byOrganisation: true },
    });
    return after;
  });
}
