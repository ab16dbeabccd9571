import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import type { ChangeOwnPasswordInput } from "./schemas";
import { hashPassword, passwordMatches } from "../auth/password";
import { revokeUserSessions } from "../auth/user-sessions";
import { now } from "../core/clock";

/**
 * A signed-in user changes their own password: the current one proves it is them (a session left
 * open on a shared computer is not enough), the new one must differ. The audit entry says that the
 * password changed, never what it is. Every other session of the account ends.
 */
export async function changeOwnPassword({ actor, input }: { actor: Actor; input: ChangeOwnPasswordInput }): Promise<void> {
  assertCan(actor, "account:own");
  const user = await prisma.user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true, passwordSignInDisabled: true } });
  // An account that signs in through single sign-on only has no password to change here.
  if (user?.passwordSignInDisabled) throw new AppError("CONFLICT", "users.passwordSignInDisabledOwn");
  if (!user?.passwordHash || !(await passwordMatches(input.currentPassword, user.passwordHash))) {
    throw new AppError("INVALID_INPUT", "Wrong current password", { currentPassword: ["users.currentPasswordWrong"] });
  }
  if (await passwordMatches(input.newPassword, user.passwordHash)) {
    throw new AppError("INVALID_INPUT", "Same password", { newPassword: ["users.samePassword"] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash } });
    // Whoever else holds a session of this account (a stolen cookie, a forgotten computer) is out.
    const ended = await revokeUserSessions(tx, {
      userId: actor.userId,
      except: actor.sessionId ?? null,
      reason: "password-change",
      now: now(),
    });
    await writeAudit(tx, {
      actor,
      action: "user.change-own-password",
      entityType: "User",
      entityId: actor.userId,
      after: { otherSessionsEnded: ended },
    });
  });
}
