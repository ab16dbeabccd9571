// Second opinion on zip containers that file-type reports only as "zip": a DOCX whose
// [Content_Types].xml it could not read (quoting, size) or an ODT whose "mimetype" entry it skipped.
// Reads the zip's central directory (names are there even when entries are compressed or use data
// descriptors). ZIP64 archives are not read: office documents within the upload limit do not need it.
import { inflateRawSync } from "node:zlib";

type Entry = { name: string; method: number; compressedSize: number; localHeaderOffset: number };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_ENTRIES = 5000;

function view(bytes: Uint8Array) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function centralDirectory(bytes: Uint8Array): Entry[] | undefined {
  const dv = view(bytes);
  // The end-of-central-directory record is in the last 22 bytes plus an optional comment (≤ 64 KiB).
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (dv.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = dv.getUint16(eocd + 10, true);
  let at = dv.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) return undefined;
  const entries: Entry[] = [];
  const decoder = new TextDecoder("utf-8");
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL_SIGNATURE) return undefined;
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return undefined;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: dv.getUint16(at + 10, true),
      compressedSize: dv.getUint32(at + 20, true),
      localHeaderOffset: dv.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of a small entry (at most `maxBytes` once inflated), or undefined. */
function readEntry(bytes: Uint8Array, entry: Entry, maxBytes: number): Buffer | undefined {
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL_SIGNATURE) return undefined;
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return undefined;
  const data = Buffer.from(bytes.subarray(start, end));
  try {
    if (entry.method === 0) return data.length <= maxBytes ? data : undefined;
    // maxOutputLength keeps a zip bomb from inflating past a few kilobytes.
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    return undefined;
  }
  return undefined;
}

const ODT_MIME = "application/vnd.oasis.opendocument.text";

/** "docx" or "odt" when the zip is laid out as one, else undefined. Macro-enabled Word files are not DOCX. */
export function detectOfficeZip(bytes: Uint8Array): "docx" | "odt" | undefined {
  const entries = centralDirectory(bytes);
  if (!entries) return undefined;
  const names = new Set(entries.map((e) => e.name));
  if (names.has("[Content_Types].xml") && names.has("word/document.xml") && !names.has("word/vbaProject.bin")) return "docx";
  const mimetype = entries.find((e) => e.name === "mimetype");
  if (mimetype) {
    const text = readEntry(bytes, mimetype, 256)?.toString("utf8").trim();
    if (text === ODT_MIME) return "odt";
  }
  return undefined;
}
