// A kept page carries the script nonce of the request that rendered it; every replay must carry its
// own (lib/core/security-headers.ts), or the nonce would be public for as long as the page is kept.
// The nonce is 128 random bits, so each occurrence of it in the body is the nonce — in a script
// tag or wherever Next.js repeated it — and a new nonce of the same length is written over it.
//
// Compressed answers: gzipping the whole page per response would cost more than the rest of a
// cache hit. The page is compressed once as raw-deflate pieces cut at the nonces (each piece on its
// own, so no back-reference reaches into a nonce), and each response is those pieces with the
// nonce between them as a stored block, in a gzip frame whose CRC-32 is computed per response
// (zlib's crc32: O(size), far cheaper than compressing).
import { constants, crc32, deflateRawSync } from "node:zlib";
import type { CachedResponse } from "./response-cache";

type Rewritable = Pick<CachedResponse, "body" | "nonce" | "nonceAt" | "gzipParts">;

function positionsOf(body: Buffer, token: Buffer): number[] {
  const at: number[] = [];
  for (let i = body.indexOf(token); i >= 0; i = body.indexOf(token, i + token.length)) at.push(i);
  return at;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty final stored block: the end of the deflate stream. */
const DEFLATE_END = Buffer.from([1, 0, 0, 0xff, 0xff]);

function storedBlock(bytes: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt16LE(bytes.byteLength, 1);
  head.writeUInt16LE(~bytes.byteLength & 0xffff, 3);
  return Buffer.concat([head, bytes]);
}

/**
 * The body of `answer` with `nonce` in place of the one it was rendered with; gzipped when
 * `compress`. Without a nonce of either side the kept body is used as it is.
 */
export function withNonce(answer: Rewritable, nonce: string | undefined, compress: boolean): Buffer {
  const old = answer.nonce ? Buffer.from(answer.nonce) : null;
  const fresh = nonce ? Buffer.from(nonce) : null;
  answer.nonceAt ??= old ? positionsOf(answer.body, old) : [];
  // A nonce of another length (never made by this server) would shift the positions: keep the body.
  const at = old && fresh && fresh.byteLength === old.byteLength ? answer.nonceAt : [];
  const width = old?.byteLength ?? 0;
  if (!compress) {
    if (at.length === 0) return answer.body;
    const body = Buffer.from(answer.body);
    for (const i of at) fresh!.copy(body, i);
    return body;
  }
  answer.gzipParts ??= [0, ...answer.nonceAt.map((i) => i + width)].map((start, k) => {
    const end = k < answer.nonceAt!.length ? answer.nonceAt![k]! : answer.body.byteLength;
    return deflateRawSync(answer.body.subarray(start, end), { finishFlush: constants.Z_SYNC_FLUSH });
  });
  const between = at.length > 0 ? fresh! : old;
  const parts: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  answer.gzipParts.forEach((part, k) => {
    const start = k === 0 ? 0 : answer.nonceAt![k - 1]! + width;
    const end = k < answer.nonceAt!.length ? answer.nonceAt![k]! : answer.body.byteLength;
    parts.push(part);
    crc = crc32(answer.body.subarray(start, end), crc);
    if (k < answer.nonceAt!.length) {
      parts.push(storedBlock(between!));
      crc = crc32(between!, crc);
    }
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(answer.body.byteLength >>> 0, 4);
  parts.push(DEFLATE_END, trailer);
  return Buffer.concat(parts);
}
