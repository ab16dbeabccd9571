import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { resetSecondFactor } from "../auth/second-factor/reset-second-factor";
import { missionMembersWhere } from "./mission-scope";
import type { MissionMemberInput } from "./access-schemas";

/**
 * A mission administrator resets the second factor of a user of its own mission (issue 12, item 5),
 * e.g. after a lost phone: the user enrols again at the next sign-in. Another mission's user is not
 * found; the administrator's own factor is not reset here.
 */
export async function resetMemberFactor({ actor, input }: { actor: Actor; input: MissionMemberInput }): Promise<void> {
  const member = await prisma.user.findFirst({ where: { ...missionMembersWhere(actor), id: input.userId }, select: { id: true } });
  if (!member) throw new AppError("NOT_FOUND", "No such user");
  if (member.id === actor.userId) throw new AppError("CONFLICT", "users.cannotChangeSelf");
  // Removes the factors, ends the sessions, audits and tells the user by mail (lib/auth/second-factor).
  await resetSecondFactor({ actor, userId: member.id, now: clockNow() });
}
