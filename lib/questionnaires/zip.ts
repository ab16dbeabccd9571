// The ZIP of the answer files, written by fflate (a maintained, dependency-free zip library):
// deflate where it helps, UTF-8 names, no duplicate paths.
import { zipSync, type Zippable } from "fflate";

export type ZipEntry = { name: string; bytes: Uint8Array; modifiedAt?: Date };

export function buildZip(entries: ZipEntry[]): Buffer {
  const files: Zippable = {};
  for (const entry of entries) {
    if (Object.hasOwn(files, entry.name)) throw new Error(`Duplicate ZIP entry: ${entry.name}`);
    files[entry.name] = [entry.bytes, { level: 6, mtime: entry.modifiedAt ?? new Date() }];
  }
  return Buffer.from(zipSync(files));
}

/** A path segment safe in any unzip tool: no separators, no dot-dot, no control characters. */
export function zipSafeSegment(text: string): string {
  const clean = text
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, "_")
    .replace(/^\.+/, "_")
    .trim()
    .slice(0, 120);
  return clean || "_";
}
