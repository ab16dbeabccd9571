import "server-only";
import { prisma } from "../db/client";
import { now } from "../core/clock";
import { accountLinkUsable, hashInvitationToken } from "./invitation-token";
import { INVITATION_TOKEN_PATTERN } from "./schemas";

/** The person an invitation link is for, or null when the link is unknown, used, expired or the account inactive. */
export async function getInvitation({ token }: { token: string }): Promise<{ name: string; email: string } | null> {
  if (!INVITATION_TOKEN_PATTERN.test(token)) return null;
  const invitation = await prisma.userInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { name: true, email: true, active: true } } },
  });
  if (!invitation || invitation.purpose !== "INVITATION" || !accountLinkUsable(invitation, now())) return null;
  return { name: invitation.user.name, email: invitation.user.email };
}
