import { createHash, randomBytes } from "node:crypto";

// The secret of an account link (an invitation or a password reset): 32 random bytes, sent or shown
// once; only its SHA-256 is stored, so a copy of the database does not hold a usable link.

/** How long an invitation link works. */
export const INVITATION_VALIDITY_MS = 72 * 3_600_000;

/** How long a password-reset link works. */
export const PASSWORD_RESET_VALIDITY_MS = 30 * 60_000;

/** Whether a stored link still opens its door at `at`: not used, not expired, for an active account. */
export function accountLinkUsable(link: { usedAt: Date | null; expiresAt: Date; user: { active: boolean } }, at: Date): boolean {
  return link.usedAt === null && link.expiresAt > at && link.user.active;
}

export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
