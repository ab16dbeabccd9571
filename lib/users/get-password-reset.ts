import "server-only";
import { prisma } from "../db/client";
import { now } from "../core/clock";
import { accountLinkUsable, hashInvitationToken } from "./invitation-token";
import { INVITATION_TOKEN_PATTERN } from "./schemas";

/** The account a password-reset link is for, or null when the link is unknown, used, expired or the account inactive. */
export async function getPasswordReset({ token }: { token: string }): Promise<{ email: string } | null> {
  if (!INVITATION_TOKEN_PATTERN.test(token)) return null;
  const link = await prisma.userInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { email: true, active: true } } },
  });
  if (!link || link.purpose !== "PASSWORD_RESET" || !accountLinkUsable(link, now())) return null;
  return { email: link.user.email };
}
