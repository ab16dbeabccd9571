import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { issueChallenge, powBitsFromEnv, verifyProof, POW_MAX_AGE_MS } from "./proof-of-work";
import { challengeBits, leadingZeroBits, proofInput, searchNonce, sha256 } from "./proof-of-work-bits";

const KEY = "a-test-secret";
const NOW = new Date("2026-11-10T09:30:00Z");

function solve(challenge: string, bits: number): string {
  for (let n = 0; ; n++) {
    const digest = createHash("sha256")
      .update(proofInput(challenge, String(n)))
      .digest();
    if (leadingZeroBits(digest) >= bits) return String(n);
  }
}

describe("leading zero bits", () => {
  it("counts across bytes", () => {
    expect(leadingZeroBits(new Uint8Array([0x80]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array([0x01]))).toBe(7);
    expect(leadingZeroBits(new Uint8Array([0x00, 0x10]))).toBe(11);
    expect(leadingZeroBits(new Uint8Array([0, 0]))).toBe(16);
  });
});

describe("the browser's SHA-256", () => {
  it("gives node:crypto's digest for empty, short, block-edge and long messages", () => {
    const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
    for (const length of [0, 1, 3, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const message = new Uint8Array(length).map((_, i) => (i * 31 + length) & 0xff);
      expect(hex(sha256(message)), `length ${length}`).toBe(createHash("sha256").update(message).digest("hex"));
    }
    expect(hex(sha256(new TextEncoder().encode("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("proof of work", () => {
  const challenge = issueChallenge({ key: KEY, now: NOW, bits: 8 });
  const nonce = solve(challenge, 8);
  it("accepts the work of a challenge it issued, as the browser solves it", () => {
    const found = searchNonce(challenge, 0, 1_000_000);
    expect(found).toBe(nonce);
    expect(verifyProof({ key: KEY, challenge, nonce: found!, now: NOW, minBits: 8 }).ok).toBe(true);
  });
  it("accepts the work of a challenge it issued, once solved", () => {
    expect(challengeBits(challenge)).toBe(8);
    const v = verifyProof({ key: KEY, challenge, nonce, now: NOW, minBits: 8 });
    expect(v.ok).toBe(true);
    expect(v.ok && v.id).toBe(challenge.split(".")[0]);
  });
  it("refuses unsolved work, a forged or re-signed challenge, an old one, and one easier than asked", () => {
    let bad = 0;
    while (
      leadingZeroBits(
        createHash("sha256")
          .update(proofInput(challenge, String(bad)))
          .digest(),
      ) >= 8
    )
      bad++;
    expect(verifyProof({ key: KEY, challenge, nonce: String(bad), now: NOW, minBits: 8 })).toEqual({ ok: false, reason: "work" });
    const [id, issued, , sig] = challenge.split(".");
    expect(verifyProof({ key: KEY, challenge: `${id}.${issued}.0.${sig}`, nonce: "0", now: NOW, minBits: 0 }).ok).toBe(false);
    expect(verifyProof({ key: "another-key", challenge, nonce, now: NOW, minBits: 8 })).toEqual({ ok: false, reason: "signature" });
    const later = new Date(NOW.getTime() + POW_MAX_AGE_MS + 1000);
    expect(verifyProof({ key: KEY, challenge, nonce, now: later, minBits: 8 })).toEqual({ ok: false, reason: "expired" });
    expect(verifyProof({ key: KEY, challenge, nonce, now: NOW, minBits: 12 })).toEqual({ ok: false, reason: "too-easy" });
    expect(verifyProof({ key: KEY, challenge: "garbage", nonce, now: NOW, minBits: 8 })).toEqual({ ok: false, reason: "malformed" });
    expect(verifyProof({ key: KEY, challenge, nonce: "12a", now: NOW, minBits: 8 })).toEqual({ ok: false, reason: "malformed" });
  });
  it("reads its difficulty from the environment within bounds", () => {
    expect(powBitsFromEnv({})).toBe(16);
    expect(powBitsFromEnv({ SP_CASE_POW_BITS: "10" })).toBe(10);
    expect(powBitsFromEnv({ SP_CASE_POW_BITS: "99" })).toBe(16);
    expect(powBitsFromEnv({ SP_CASE_POW_BITS: "x" })).toBe(16);
  });
});
