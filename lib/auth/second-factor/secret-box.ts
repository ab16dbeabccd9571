import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// The TOTP key is stored encrypted (AES-256-GCM), with a key derived from SP_FACTOR_KEY or, when that
// is not set, from NEXTAUTH_SECRET: a copy of the database alone does not give away anyone's codes.
// Changing that secret makes the stored keys unreadable (their owners then need a reset by an admin).
// "plain:" marks a key stored as is: only the demo accounts' keys, which are public (README).

const PREFIX = "v1:";

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "sp-portal", "second-factor-secret-box", 32));
}

function portalSecret(): string {
  const s = process.env.SP_FACTOR_KEY || process.env.NEXTAUTH_SECRET;
  if (!s) throw new Error("NEXTAUTH_SECRET (or SP_FACTOR_KEY) is needed to store second factors");
  return s;
}

export function sealSecret(plain: string, secret: string = portalSecret()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

/** The plain key, or null when it cannot be read (another secret, damaged). */
export function openSecret(sealed: string, secret?: string): string | null {
  if (sealed.startsWith("plain:")) return sealed.slice("plain:".length);
  if (!sealed.startsWith(PREFIX)) return null;
  try {
    const [iv, tag, body] = sealed
      .slice(PREFIX.length)
      .split(".")
      .map((p) => Buffer.from(p, "base64url"));
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret ?? portalSecret()), iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(body!), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
