import { Secret, TOTP } from "otpauth";

// TOTP (RFC 6238) as every authenticator app does it: SHA-1, 6 digits, 30-second steps. A code is
// accepted from the step before to the step after the server's clock (clocks of phones drift).

export const TOTP_ISSUER = "SP Portal";
export const TOTP_WINDOW = 1;

function totpOf(base32: string, label = "") {
  return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(base32) });
}

/** A new random key (160 bits), base32 as authenticator apps show it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The code for `at` (tests, the demo:code script). */
export function totpCode(base32: string, at: Date): string {
  return totpOf(base32).generate({ timestamp: at.getTime() });
}

/**
 * The time step (30-second counter since 1970) whose code `code` is, among the step of `at`, the one
 * before and the one after; null when it is none of them. The sign-in keeps the last step used, so a
 * code works once (lib/auth/second-factor/factors.ts).
 */
export function totpStepOfCode(base32: string, code: string, at: Date): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(base32).validate({ token, timestamp: at.getTime(), window: TOTP_WINDOW });
  return delta === null ? null : TOTP.counter({ period: 30, timestamp: at.getTime() }) + delta;
}

/** Whether `code` is the code of `at`, of the step before or of the step after. */
export function totpCodeValid(base32: string, code: string, at: Date): boolean {
  return totpStepOfCode(base32, code, at) !== null;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(base32: string, accountEmail: string): string {
  return totpOf(base32, accountEmail).toString();
}

/** The key in groups of four, easier to type into an app. */
export function groupedKey(base32: string): string {
  return base32.replace(/(.{4})/g, "$1 ").trim();
}
