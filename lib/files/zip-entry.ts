// Reads one entry of a zip (an office document's main part) without ever holding more of it than a
// cap: the entry is inflated while the zip is fed in small slices through fflate's streaming Unzip,
// and reading stops as soon as the inflated size passes the cap or grows absurdly faster than the
// compressed bytes read (a zip bomb). Deflate inflates at most ~1032× its input, so a 4 KiB slice
// produces at most ~4 MB at once: memory stays bounded whatever the archive claims (sizes declared in
// its headers are the uploader's claims and are not trusted).
import { Unzip, UnzipInflate, unzipSync } from "fflate";

/** Default cap on the inflated bytes of one entry. */
export const MAX_INFLATED_BYTES = 50 * 1024 * 1024;
/** Inflated bytes per compressed byte beyond which an entry is a bomb (office XML compresses ~5–50×; a bomb ~1000×). */
export const MAX_RATIO = 500;
/** The ratio is only judged past this many inflated bytes (tiny entries compress oddly). */
const RATIO_FLOOR = 1024 * 1024;
const SLICE = 4 * 1024;

/** A zip whose entry inflates past the cap or at an absurd ratio. */
export class ZipBombError extends Error {
  constructor(
    readonly entry: string,
    readonly inflated: number,
  ) {
    super(`Zip entry ${entry} inflates past the limit (${inflated} bytes read)`);
    this.name = "ZipBombError";
  }
}

/** The names in the zip's central directory, nothing inflated; undefined when it is not a readable zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return names;
}

/**
 * The inflated bytes of entry `name`, or undefined when the zip has no such entry (or is not a zip
 * fflate can stream). Throws ZipBombError as soon as the entry passes `maxBytes` or the ratio.
 */
export function readZipEntry(
  bytes: Uint8Array,
  name: string,
  { maxBytes = MAX_INFLATED_BYTES, maxRatio = MAX_RATIO } = {},
): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let inflated = 0;
  let fed = 0;
  let fedBefore = 0;
  let found = false;
  let done = false;
  let bomb: ZipBombError | undefined;
  const unzip = new Unzip((file) => {
    if (file.name !== name || found) return; // never started: its data is skipped, not inflated
    found = true;
    fedBefore = fed - SLICE; // the slice holding its header may hold some of its data too
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      inflated += chunk.length;
      if (inflated > maxBytes || (inflated > RATIO_FLOOR && inflated > (fed - fedBefore) * maxRatio)) {
        bomb ??= new ZipBombError(name, inflated);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) done = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !bomb && !done; at += SLICE) {
      const end = Math.min(bytes.length, at + SLICE);
      fed = end;
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (err) {
    if (bomb) throw bomb;
    if (err instanceof ZipBombError) throw err;
    return undefined;
  }
  if (bomb) throw bomb;
  if (!found || !done) return undefined;
  const out = new Uint8Array(inflated);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
