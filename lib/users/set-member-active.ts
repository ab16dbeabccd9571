import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { revokeUserSessions } from "../auth/user-sessions";
import { missionMembersWhere } from "./mission-scope";
import type { SetMemberActiveInput } from "./access-schemas";

/** A mission administrator deactivates or reactivates a user of its own mission (never itself). */
export async function setMemberActive({ actor, input }: { actor: Actor; input: SetMemberActiveInput }) {
  const where = missionMembersWhere(actor);
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { ...where, id: input.userId }, select: { id: true, active: true } });
    if (!before) throw new AppError("NOT_FOUND", "No such user");
    if (before.id === actor.userId) throw new AppError("CONFLICT", "users.cannotChangeSelf");
    const after = await tx.user.update({ where: { id: before.id }, data: { active: input.active }, select: { id: true, active: true } });
    // Signed out everywhere at once, not only refused on the next sign-in.
    if (!input.active) await revokeUserSessions(tx, { userId: after.id, reason: "deactivation", now: clockNow() });
    await writeAudit(tx, {
      actor,
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: after.id,
      before,
      after: { ...after, byMission: true },
    });
    return after;
  });
}
