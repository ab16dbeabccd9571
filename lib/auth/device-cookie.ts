import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// A browser that has signed in to an account before gets a device cookie for it (OWASP's "device
// cookies" against online guessing): attempts that carry it are throttled per device, so a flood of
// wrong passwords from elsewhere can lock out unknown browsers but never the owner's own.
// The cookie holds a random device id, a tag of the account's email, the time it was issued and an
// HMAC over the three with the session secret; it says nothing about the account to whoever reads it.

export const DEVICE_COOKIE = "sp_device";
export const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

const b64 = (buf: Buffer) => buf.toString("base64url");
const emailTag = (email: string) => b64(createHash("sha256").update(email.trim().toLowerCase()).digest().subarray(0, 12));
const mac = (secret: string, body: string) => b64(createHmac("sha256", secret).update(body).digest());

export function issueDeviceToken({ email, secret, now }: { email: string; secret: string; now: Date }): string {
  const body = `${b64(randomBytes(12))}.${emailTag(email)}.${Math.floor(now.getTime() / 1000)}`;
  return `${body}.${mac(secret, body)}`;
}

/** The device id of a valid token issued for this account and not expired, else null. */
export function verifyDeviceToken({
  token,
  email,
  secret,
  now,
}: {
  token: string | null | undefined;
  email: string;
  secret: string;
  now: Date;
}): string | null {
  const parts = token?.split(".") ?? [];
  if (parts.length !== 4 || !secret) return null;
  const [id, tag, issued, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(secret, `${id}.${tag}.${issued}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const age = now.getTime() / 1000 - Number(issued);
  if (!Number.isFinite(age) || age < -300 || age > DEVICE_COOKIE_MAX_AGE_S) return null;
  return tag === emailTag(email) ? id : null;
}

/** The value of one cookie in a Cookie header. */
export function readCookie(header: string | string[] | null | undefined, name: string): string | null {
  const text = Array.isArray(header) ? header.join("; ") : (header ?? "");
  for (const part of text.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

export function deviceCookieHeader({ token, path, secure }: { token: string; path: string; secure: boolean }): string {
  return `${DEVICE_COOKIE}=${encodeURIComponent(token)}; Path=${path}; Max-Age=${DEVICE_COOKIE_MAX_AGE_S}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
