import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan, canManageUser } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import type { SetUserActiveInput } from "./schemas";
import { revokeUserSessions } from "../auth/user-sessions";
import { now } from "../core/clock";
import { assertNotAwaitingGrant } from "./open-role-grant";

export async function setUserActive({ actor, input }: { actor: Actor; input: SetUserActiveInput }) {
  assertCan(actor, "user:manage");
  if (!canManageUser(actor, input.userId, { deactivate: !input.active })) {
    throw new AppError("CONFLICT", "users.cannotChangeSelf");
  }
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, active: true } });
    if (!before) throw new AppError("NOT_FOUND", "No such user");
    // A new privileged account becomes active by a second member's approval only (issue 12, item 6).
    if (input.active) await assertNotAwaitingGrant(tx, before.id);
    const after = await tx.user.update({ where: { id: input.userId }, data: { active: input.active }, select: { id: true, active: true } });
    // A deactivated account is signed out everywhere at once, not only refused on its next sign-in.
    if (!input.active) await revokeUserSessions(tx, { userId: after.id, reason: "deactivation", now: now() });
    await writeAudit(tx, {
      actor,
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}
