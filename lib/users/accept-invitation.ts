import "server-only";
import { prisma } from "../db/client";
import { AppError } from "../core/errors";
import { now } from "../core/clock";
import { writeAudit } from "../audit/write-audit";
import { hashPassword } from "./password";
import { accountLinkUsable, hashInvitationToken } from "./invitation-token";
import type { AcceptInvitationInput } from "./schemas";

/** The invited person sets their own password; the link works once, before it expires. */
export async function acceptInvitation({ input }: { input: AcceptInvitationInput }): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    const at = now();
    const invitation = await tx.userInvitation.findUnique({
      where: { tokenHash: hashInvitationToken(input.token) },
      select: {
        id: true,
        purpose: true,
        usedAt: true,
        expiresAt: true,
        user: { select: { id: true, email: true, role: true, active: true } },
      },
    });
    if (!invitation || invitation.purpose !== "INVITATION" || !accountLinkUsable(invitation, at))
      throw new AppError("CONFLICT", "invitation.invalid");
    // Single use even when two submissions race: only one of them marks it used.
    const { count } = await tx.userInvitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: at } });
    if (count !== 1) throw new AppError("CONFLICT", "invitation.invalid");
    await tx.user.update({ where: { id: invitation.user.id }, data: { passwordHash, invitationPending: false } });
    const user = invitation.user;
    await writeAudit(tx, {
      actor: { userId: user.id, role: user.role },
      action: "user.accept-invitation",
      entityType: "User",
      entityId: user.id,
      after: { passwordSet: true },
    });
    return { email: user.email };
  });
}
