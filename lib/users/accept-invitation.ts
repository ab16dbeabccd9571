import "server-only";
import { prisma } from "../db/client";
import { now } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { hashPassword } from "../auth/password";
import { consumeAccountLink } from "./consume-account-link";
import type { AcceptInvitationInput } from "./schemas";

/** The invited person sets their own password; the link works once, before it expires. */
export async function acceptInvitation({ input }: { input: AcceptInvitationInput }): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    const at = now();
    const user = await consumeAccountLink(tx, { token: input.token, purpose: "INVITATION", at, invalidMessage: "invitation.invalid" });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, invitationPending: false } });
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
