import { createHash, randomBytes } from "node:crypto";

// An invitation link's secret: 32 random bytes, shown once; only its SHA-256 is stored, so a copy of
// the database does not hold a usable link.

/** How long an invitation link works. */
export const INVITATION_VALIDITY_MS = 72 * 3_600_000;

export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
