// Shared by the server's check (proof-of-work.ts) and the browser's solver (components/cases/…):
// no Node or browser API here.

/** How many leading bits of `bytes` are zero. */
export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** The text whose SHA-256 must start with enough zero bits: the challenge and the nonce found. */
export function proofInput(challenge: string, nonce: string): string {
  return `${challenge}:${nonce}`;
}

/** The difficulty a challenge carries (its third part), or null when it is malformed. */
export function challengeBits(challenge: string): number | null {
  const bits = Number(challenge.split(".")[2]);
  return Number.isInteger(bits) && bits >= 0 && bits <= 32 ? bits : null;
}
