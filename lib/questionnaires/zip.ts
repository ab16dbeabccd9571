// A minimal ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end record; deflate or
// store per entry; UTF-8 names) for the export of answer files. Written here because no ZIP library is
// installed and package.json is frozen — a maintained library (e.g. yazl or archiver) would be
// preferable. No ZIP64: an archive or entry past 4 GiB or 65,535 entries is refused.
import { crc32 as zlibCrc32, deflateRawSync } from "node:zlib";

export type ZipEntry = { name: string; bytes: Uint8Array; modifiedAt?: Date };

const LIMIT = 0xffffffff;

let table: Uint32Array | undefined;
/** CRC-32 (IEEE): zlib.crc32 where Node has it (20.15+), else a table. */
export function crc32(bytes: Uint8Array): number {
  if (typeof zlibCrc32 === "function") return zlibCrc32(bytes) >>> 0;
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time (local fields taken in UTC, 2-second resolution, from 1980). */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, d.getUTCFullYear());
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

export function buildZip(entries: ZipEntry[]): Buffer {
  if (entries.length > 0xffff) throw new Error("Too many entries for a ZIP without ZIP64");
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const seen = new Set<string>();
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    if (seen.has(entry.name)) throw new Error(`Duplicate ZIP entry: ${entry.name}`);
    seen.add(entry.name);
    if (name.length > 0xffff) throw new Error("ZIP entry name too long");
    const crc = crc32(entry.bytes);
    const deflated = deflateRawSync(entry.bytes);
    const stored = deflated.length >= entry.bytes.length;
    const data = stored ? Buffer.from(entry.bytes) : deflated;
    if (entry.bytes.length > LIMIT || data.length > LIMIT) throw new Error("ZIP entry too large without ZIP64");
    const { date, time } = dosDateTime(entry.modifiedAt ?? new Date());
    const flags = 0x0800; // names are UTF-8
    const method = stored ? 0 : 8;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(entry.bytes.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external: a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + data.length;
    if (offset > LIMIT) throw new Error("ZIP archive too large without ZIP64");
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** A path segment safe in any unzip tool: no separators, no dot-dot, no control characters. */
export function zipSafeSegment(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, "_").replace(/^\.+/, "_").trim().slice(0, 120);
  return clean || "_";
}
