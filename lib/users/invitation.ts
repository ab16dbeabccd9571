import "server-only";
import type { TransactionClient } from "../db/types";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { INVITATION_VALIDITY_MS, hashInvitationToken, newInvitationToken } from "./invitation-token";
import { invitationMail } from "./account-mail";

/**
 * Issues a new invitation link for an account that has no password of its own yet, voiding any
 * earlier one, and mails it in the account's language. The mail is transactional: it goes at once,
 * whatever the hour (not held by R1). Inside the caller's transaction (the caller audits). The link
 * is returned so that an administrator can hand it over where no mail server is configured.
 */
export async function issueInvitation(
  tx: TransactionClient,
  { user, at }: { user: { id: string; name: string; email: string; locale: string }; at: Date },
): Promise<{ url: string; expiresAt: Date }> {
  const token = newInvitationToken();
  const expiresAt = new Date(at.getTime() + INVITATION_VALIDITY_MS);
  await tx.userInvitation.updateMany({ where: { userId: user.id, purpose: "INVITATION", usedAt: null }, data: { usedAt: at } });
  await tx.userInvitation.create({
    data: { userId: user.id, purpose: "INVITATION", tokenHash: hashInvitationToken(token), createdAt: at, expiresAt },
  });
  const url = `${portalBaseUrl()}/invitation/${token}`;
  await enqueueMail(tx, {
    to: [user.email],
    ...invitationMail(user, url, expiresAt),
    urgent: false,
    atOnce: true, // account security: a person waits for it (R1), never labelled urgent
    kind: "user.invitation",
    now: at,
    businessHours: await getBusinessHours(tx),
  });
  return { url, expiresAt };
}
