import "server-only";
import { prisma } from "../db/client";
import { now } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { revokeUserSessions } from "../auth/user-sessions";
import { hashPassword } from "../auth/password";
import { consumeAccountLink } from "./consume-account-link";
import type { ResetPasswordInput } from "./schemas";

/**
 * Sets a new password through a password-reset link: the link works once, within its 30 minutes, for
 * an active account. Every session of the account ends (whoever had one, the person who asked does
 * not know where), and nobody is signed in: the person signs in afresh, with every factor the account
 * asks for. An invitation still out for the account is voided (the address is proven all the same).
 */
export async function resetPassword({ input }: { input: ResetPasswordInput }): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    const at = now();
    const user = await consumeAccountLink(tx, {
      token: input.token,
      purpose: "PASSWORD_RESET",
      at,
      invalidMessage: "passwordReset.invalid",
    });
    await tx.userInvitation.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: at } });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, invitationPending: false } });
    const ended = await revokeUserSessions(tx, { userId: user.id, reason: "password-reset", now: at });
    await writeAudit(tx, {
      actor: { userId: user.id, role: user.role },
      action: "user.reset-password",
      entityType: "User",
      entityId: user.id,
      after: { passwordSet: true, sessionsEnded: ended },
    });
    return { email: user.email };
  });
}
