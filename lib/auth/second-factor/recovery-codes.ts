import { createHash, randomInt } from "node:crypto";

// Ten one-time recovery codes, shown once. Each has 50 random bits (10 characters of a 32-letter
// alphabet without look-alikes), so a plain SHA-256 of it is enough to store: it cannot be guessed
// back from the hash, and a hash lets the code be found by a unique index.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no i, l, o, 0, 1
const LENGTH = 10;

/** A new code, shown as "xxxxx-xxxxx". */
export function newRecoveryCode(): string {
  let s = "";
  for (let i = 0; i < LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

export function newRecoveryCodes(n = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < n) codes.add(newRecoveryCode());
  return [...codes];
}

/** What the user typed, as stored: lower case, without spaces or dashes. */
export function normaliseRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, "");
}

export function looksLikeRecoveryCode(input: string): boolean {
  const n = normaliseRecoveryCode(input);
  return n.length === LENGTH && [...n].every((c) => ALPHABET.includes(c));
}

export function hashRecoveryCode(input: string): string {
  return createHash("sha256")
    .update(`sp-portal-recovery:${normaliseRecoveryCode(input)}`)
    .digest("hex");
}
