import "server-only";
import { prisma } from "../db/client";
import { AppError } from "../core/errors";
import { now } from "../core/clock";
import { writeAudit } from "../audit/write-audit";
import { revokeUserSessions } from "../auth/user-sessions";
import { hashPassword } from "./password";
import { accountLinkUsable, hashInvitationToken } from "./invitation-token";
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
    const link = await tx.userInvitation.findUnique({
      where: { tokenHash: hashInvitationToken(input.token) },
      select: {
        id: true,
        purpose: true,
        usedAt: true,
        expiresAt: true,
        user: { select: { id: true, email: true, role: true, active: true } },
      },
    });
    if (!link || link.purpose !== "PASSWORD_RESET" || !accountLinkUsable(link, at)) throw new AppError("CONFLICT", "passwordReset.invalid");
    // Single use even when two submissions race: only one of them marks it used.
    const { count } = await tx.userInvitation.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: at } });
    if (count !== 1) throw new AppError("CONFLICT", "passwordReset.invalid");
    const user = link.user;
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
