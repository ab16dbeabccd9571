// Shared by the server's check (proof-of-work.ts) and the browser's solver (components/cases/…):
// no Node or browser API here. The browser hashes with the small synchronous SHA-256 below — tens of
// thousands of short messages in well under a second — rather than one crypto.subtle promise per
// attempt, whose overhead is most of the cost; the server checks with node:crypto (the unit test
// holds the two to the same answers).

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

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19] as const;

/** SHA-256 (FIPS 180-4) with its buffers kept between calls: the solver hashes a hundred thousand short messages. */
class Sha256 {
  private buffer = new Uint8Array(128);
  private view = new DataView(this.buffer.buffer);
  private readonly w = new Uint32Array(64);
  private readonly h = new Uint32Array(8);
  readonly digest = new Uint8Array(32);

  /** Hashes the first `length` bytes of `message` into `this.digest`. */
  hash(message: Uint8Array, length = message.length): Uint8Array {
    const blocks = Math.ceil((length + 9) / 64);
    if (this.buffer.length < blocks * 64) {
      this.buffer = new Uint8Array(blocks * 64);
      this.view = new DataView(this.buffer.buffer);
    }
    const padded = this.buffer;
    const view = this.view;
    padded.fill(0, 0, blocks * 64);
    padded.set(message.subarray(0, length));
    padded[length] = 0x80;
    view.setUint32(blocks * 64 - 8, Math.floor(length / 0x20000000));
    view.setUint32(blocks * 64 - 4, (length * 8) >>> 0);
    const { w, h } = this;
    h.set(H0);
    for (let b = 0; b < blocks; b++) {
      for (let i = 0; i < 16; i++) w[i] = view.getUint32(b * 64 + i * 4);
      for (let i = 16; i < 64; i++) {
        const x = w[i - 15]!;
        const y = w[i - 2]!;
        const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
      }
      let a = h[0]!;
      let bb = h[1]!;
      let c = h[2]!;
      let d = h[3]!;
      let e = h[4]!;
      let f = h[5]!;
      let g = h[6]!;
      let hh = h[7]!;
      for (let i = 0; i < 64; i++) {
        const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) >>> 0;
        const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const t2 = (S0 + ((a & bb) ^ (a & c) ^ (bb & c))) >>> 0;
        hh = g;
        g = f;
        f = e;
        e = (d + t1) >>> 0;
        d = c;
        c = bb;
        bb = a;
        a = (t1 + t2) >>> 0;
      }
      h[0] = (h[0]! + a) >>> 0;
      h[1] = (h[1]! + bb) >>> 0;
      h[2] = (h[2]! + c) >>> 0;
      h[3] = (h[3]! + d) >>> 0;
      h[4] = (h[4]! + e) >>> 0;
      h[5] = (h[5]! + f) >>> 0;
      h[6] = (h[6]! + g) >>> 0;
      h[7] = (h[7]! + hh) >>> 0;
    }
    for (let i = 0; i < 8; i++) {
      this.digest[i * 4] = h[i]! >>> 24;
      this.digest[i * 4 + 1] = (h[i]! >>> 16) & 0xff;
      this.digest[i * 4 + 2] = (h[i]! >>> 8) & 0xff;
      this.digest[i * 4 + 3] = h[i]! & 0xff;
    }
    return this.digest;
  }
}

/** SHA-256 (FIPS 180-4) of `message`. */
export function sha256(message: Uint8Array): Uint8Array {
  return new Sha256().hash(message).slice();
}

/**
 * Looks for a nonce solving `challenge` among `count` candidates from `start`: the nonce, or null.
 * The browser calls it in slices, yielding between them so the page stays responsive.
 */
export function searchNonce(challenge: string, start: number, count: number): string | null {
  const bits = challengeBits(challenge) ?? 0;
  const prefix = new TextEncoder().encode(proofInput(challenge, ""));
  const message = new Uint8Array(prefix.length + 16);
  message.set(prefix);
  const hasher = new Sha256();
  for (let n = start; n < start + count; n++) {
    const digits = String(n);
    for (let i = 0; i < digits.length; i++) message[prefix.length + i] = digits.charCodeAt(i);
    if (leadingZeroBits(hasher.hash(message, prefix.length + digits.length)) >= bits) return digits;
  }
  return null;
}
