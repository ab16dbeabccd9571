// Tiny real files for tests, built in code so that no binary fixture is committed.
import { constants as zlibConstants, crc32, deflateRawSync } from "node:zlib";

export const samplePdf = () =>
  Buffer.from(
    "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
  );

// A 1×1 PNG and a 1×1 JPEG.
export const samplePng = () =>
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
export const sampleJpeg = () =>
  Buffer.from(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
    "base64",
  );

/** A Windows executable's first bytes ("MZ" header pointing to a "PE" header). */
export const sampleExe = () => {
  const b = Buffer.alloc(256);
  b.write("MZ", 0, "latin1");
  b.writeUInt32LE(0x80, 0x3c);
  b.write("PE\0\0", 0x80, "latin1");
  return b;
};

/** A zip with stored (uncompressed) entries, in the given order. */
export function zipStored(entries: [name: string, content: string][]): Buffer {
  return zipOf(
    entries.map(([name, content]) => {
      const data = Buffer.from(content, "utf8");
      return { name, data, method: 0, size: data.length, crc: crc32(data) };
    }),
  );
}

type RawEntry = { name: string; data: Buffer; method: 0 | 8; size: number; crc: number };

/** A zip of entries whose bytes (stored, or raw deflate) and declared sizes are given as they are. */
function zipOf(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name: entryName, data, method, size, crc } of entries) {
    const name = Buffer.from(entryName, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A DOCX-shaped zip bomb whose `entry` (word/document.xml by default) inflates to `mib` MiB of zeros
 * from about a thousandth of that, built without ever holding the inflated bytes: one MiB deflated
 * with a full flush (byte-aligned, no back-reference across it) is repeated, then a final empty block.
 * The declared size is what `declaredMib` says (a liar's archive claims little).
 */
export function zipBomb({
  mib = 4095,
  entry = "word/document.xml",
  declaredMib,
}: { mib?: number; entry?: string; declaredMib?: number } = {}): Buffer {
  const segment = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: zlibConstants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  const data = Buffer.concat([...Array.from({ length: mib }, () => segment), last]);
  return zipOf([
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>"), method: 0, size: 8, crc: crc32(Buffer.from("<Types/>")) },
    { name: entry, data, method: 8, size: Math.min(0xffffffff, (declaredMib ?? mib) * 1024 * 1024), crc: 0 },
  ]);
}

const WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

export const sampleDocx = (contentTypes = `<Types><Override PartName="/word/document.xml" ContentType="${WORD_MAIN}"/></Types>`) =>
  zipStored([
    ["[Content_Types].xml", `<?xml version="1.0"?>${contentTypes}`],
    ["_rels/.rels", "<Relationships/>"],
    ["word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Reply</w:t></w:r></w:p></w:body></w:document>"],
  ]);

export const sampleOdt = () =>
  zipStored([
    ["mimetype", "application/vnd.oasis.opendocument.text"],
    ["META-INF/manifest.xml", "<manifest:manifest/>"],
    ["content.xml", "<office:document-content/>"],
  ]);
