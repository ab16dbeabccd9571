// A small proof of work in place of a CAPTCHA (issue 17: no third-party service). The page that
// shows the submission form carries a challenge signed with the portal's secret; the browser finds a
// nonce whose SHA-256 with the challenge starts with `bits` zero bits (about 2^bits hashes: under a
// second in a browser, a real cost for whoever sends thousands) and sends it with the form. The
// server checks the signature, the age and the work; the submission keeps the challenge's id in a
// unique column, so a solved challenge creates one submission only. Pure: the key and the time are
// parameters.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { leadingZeroBits, proofInput } from "./proof-of-work-bits";

/** Default difficulty: 2^16 hashes on average. SP_CASE_POW_BITS changes it (0 to 24). */
export const DEFAULT_POW_BITS = 16;
/** A form may be filled in slowly: a challenge stays valid for a day. */
export const POW_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function powBitsFromEnv(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.SP_CASE_POW_BITS);
  return env.SP_CASE_POW_BITS !== undefined && Number.isInteger(n) && n >= 0 && n <= 24 ? n : DEFAULT_POW_BITS;
}

const mac = (key: string, body: string) => createHmac("sha256", `case-proof-of-work:${key}`).update(body).digest("base64url");

/** A new challenge: "<id>.<issued, s>.<bits>.<signature>". */
export function issueChallenge({ key, now, bits }: { key: string; now: Date; bits: number }): string {
  const body = `${randomBytes(16).toString("base64url")}.${Math.floor(now.getTime() / 1000)}.${bits}`;
  return `${body}.${mac(key, body)}`;
}

export type ProofVerdict = { ok: true; id: string } | { ok: false; reason: "malformed" | "signature" | "expired" | "too-easy" | "work" };

/** Whether `nonce` solves `challenge`, which this portal issued less than a day ago at the difficulty it asks now. */
export function verifyProof({
  key,
  challenge,
  nonce,
  now,
  minBits,
}: {
  key: string;
  challenge: string;
  nonce: string;
  now: Date;
  minBits: number;
}): ProofVerdict {
  const parts = challenge.split(".");
  if (parts.length !== 4 || !/^\d{1,12}$/.test(nonce)) return { ok: false, reason: "malformed" };
  const [id, issued, bits, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(key, `${id}.${issued}.${bits}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "signature" };
  const age = now.getTime() - Number(issued) * 1000;
  if (!(age >= -60_000 && age <= POW_MAX_AGE_MS)) return { ok: false, reason: "expired" };
  if (Number(bits) < minBits) return { ok: false, reason: "too-easy" };
  const digest = createHash("sha256").update(proofInput(challenge, nonce)).digest();
  if (leadingZeroBits(digest) < Number(bits)) return { ok: false, reason: "work" };
  return { ok: true, id };
}

/** The key challenges are signed with: derived from the session secret (required in production). */
export function proofOfWorkKey(env: Record<string, string | undefined> = process.env): string {
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is needed to sign the submission form's proof of work");
  return secret;
}
