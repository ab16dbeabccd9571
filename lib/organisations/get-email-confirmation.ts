import "server-only";
import { prisma } from "../db/client";
import { now } from "../core/clock";
import { accountLinkUsable, hashInvitationToken } from "../users/invitation-token";
import { INVITATION_TOKEN_PATTERN } from "../users/schemas";

/** What a confirmation link is for — the address and its organisation — or null when it is unknown, used or expired. */
export async function getEmailConfirmation({ token }: { token: string }): Promise<{ email: string; organisation: string } | null> {
  if (!INVITATION_TOKEN_PATTERN.test(token)) return null;
  const link = await prisma.userInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      purpose: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { email: true, active: true, memberOf: { select: { name: true } } } },
    },
  });
  if (!link || link.purpose !== "EMAIL_CONFIRMATION" || !accountLinkUsable(link, now())) return null;
  return { email: link.user.email, organisation: link.user.memberOf?.name ?? "" };
}
