import { createHash, randomBytes } from "node:crypto";

/** A status token for an anonymous submitter: 32 random bytes, shown once; only its SHA-256 is stored. */
export function newStatusToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashStatusToken(token) };
}

export function hashStatusToken(token: string): string {
  return createHash("sha256").update(token.trim(), "utf8").digest("hex");
}
