import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../audit/write-audit";
import { revokeUserSessions } from "../auth/user-sessions";
import { missionMembersWhere } from "./mission-scope";
import type { MissionMemberInput } from "./access-schemas";

/**
 * A mission administrator resets the second factor of a user of its own mission (issue 12, item 5),
 * e.g. after a lost phone: the user enrols again at the next sign-in. Another mission's user is not
 * found; the administrator's own factor is not reset here.
 */
export async function resetMemberFactor({ actor, input }: { actor: Actor; input: MissionMemberInput }): Promise<{ ended: number }> {
  const where = missionMembersWhere(actor);
  return prisma.$transaction(async (tx) => {
    const member = await tx.user.findFirst({ where: { ...where, id: input.userId }, select: { id: true } });
    if (!member) throw new AppError("NOT_FOUND", "No such user");
    if (member.id === actor.userId) throw new AppError("CONFLICT", "users.cannotChangeSelf");
    // TODO(second factor, issue 12): call `resetSecondFactor(member.id, actor)` from lib/auth (the
    // second-factor branch) here, inside this transaction if it accepts one, so the user's enrolled
    // factors are removed. Until that is merged, resetting means ending every session of the user.
    const ended = await revokeUserSessions(tx, { userId: member.id, reason: "second-factor-reset", now: clockNow() });
    await writeAudit(tx, {
      actor,
      action: "user.reset-second-factor",
      entityType: "User",
      entityId: member.id,
      after: { sessionsEnded: ended, byMission: true },
    });
    return { ended };
  });
}
