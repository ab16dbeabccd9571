import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { issueInvitation } from "./invitation";
import type { ResendInvitationInput } from "./schemas";

/**
 * An administrator mails a new invitation to an active account that has not chosen its password yet
 * (the link expired, or the mail was lost); the earlier link stops working. Returns the new link, to
 * be shown once.
 */
export async function resendInvitation({
  actor,
  input,
}: {
  actor: Actor;
  input: ResendInvitationInput;
}): Promise<{ invitationUrl: string }> {
  assertCan(actor, "user:manage");
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, name: true, email: true, locale: true, active: true, invitationPending: true },
    });
    if (!user) throw new AppError("NOT_FOUND", "No such user");
    if (!user.invitationPending || !user.active) throw new AppError("CONFLICT", "userInvitations.notPending");
    const invitation = await issueInvitation(tx, { user, at: now() });
    await writeAudit(tx, {
      actor,
      action: "user.invite",
      entityType: "User",
      entityId: user.id,
      after: { expiresAt: invitation.expiresAt },
    });
    return { invitationUrl: invitation.url };
  });
}
