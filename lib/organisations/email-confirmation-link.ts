import "server-only";
import type { TransactionClient } from "../db/types";
import { portalBaseUrl } from "../communications/letter-text";
import { hashInvitationToken, newInvitationToken } from "../users/invitation-token";
import { EMAIL_CONFIRMATION_VALIDITY_MS } from "./rules";

/** Where the contact confirms its address (app/(public)/organisations/confirm/[token]). */
export const CONFIRMATION_PATH = "/organisations/confirm/";

/**
 * A new single-use link confirming a registration's e-mail address (an account link of purpose
 * EMAIL_CONFIRMATION, lib/users/consume-account-link.ts), voiding any earlier one. Only the token's
 * SHA-256 is stored; the link is returned once, for the mail. Inside the caller's transaction.
 */
export async function issueEmailConfirmation(tx: TransactionClient, { userId, at }: { userId: string; at: Date }) {
  const token = newInvitationToken();
  const expiresAt = new Date(at.getTime() + EMAIL_CONFIRMATION_VALIDITY_MS);
  await tx.userInvitation.updateMany({ where: { userId, purpose: "EMAIL_CONFIRMATION", usedAt: null }, data: { usedAt: at } });
  await tx.userInvitation.create({
    data: { userId, purpose: "EMAIL_CONFIRMATION", tokenHash: hashInvitationToken(token), createdAt: at, expiresAt },
  });
  return { url: `${portalBaseUrl()}${CONFIRMATION_PATH}${token}`, expiresAt };
}
