import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanAny, can } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { missionMembersWhere } from "./mission-scope";
import type { SetMissionAdminInput } from "./access-schemas";

/**
 * Appoints (or removes) a mission administrator (issue 12, item 5). The secretariat or an admin
 * appoints the first one of a mission, on any STATE account; a mission administrator may then appoint
 * others among its own mission's users (another mission's user is not found), but not change itself.
 */
export async function setMissionAdmin({ actor, input }: { actor: Actor; input: SetMissionAdminInput }) {
  assertCanAny(actor, ["mission:appoint-admin", "mission:manage-users"]);
  const where = can(actor, "mission:appoint-admin") ? {} : missionMembersWhere(actor);
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findFirst({
      where: { ...where, id: input.userId },
      select: { id: true, role: true, stateId: true, missionAdmin: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "No such user");
    if (before.role !== "STATE" || !before.stateId) throw new AppError("CONFLICT", "missionAdmins.notState");
    if (before.id === actor.userId) throw new AppError("CONFLICT", "users.cannotChangeSelf");
    const after = await tx.user.update({
      where: { id: before.id },
      data: { missionAdmin: input.missionAdmin },
      select: { id: true, stateId: true, missionAdmin: true },
    });
    await writeAudit(tx, {
      actor,
      action: input.missionAdmin ? "user.appoint-mission-admin" : "user.remove-mission-admin",
      entityType: "User",
      entityId: after.id,
      before: { missionAdmin: before.missionAdmin },
      after: { missionAdmin: after.missionAdmin, stateId: after.stateId },
    });
    return after;
  });
}
