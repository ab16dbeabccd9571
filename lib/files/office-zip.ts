// Second opinion on zip containers that file-type reports only as "zip": a DOCX whose
// [Content_Types].xml it could not read (quoting, size) or an ODT whose "mimetype" entry it skipped.
// Reads the names in the zip's central directory (there even when entries are compressed or use data
// descriptors) and inflates nothing but the 256 bytes of an ODT's "mimetype" (./zip-entry.ts, fflate).
import { readZipEntry, zipEntryNames } from "./zip-entry";

const MAX_ENTRIES = 5000;
const ODT_MIME = "application/vnd.oasis.opendocument.text";

/** "docx" or "odt" when the zip is laid out as one, else undefined. Macro-enabled Word files are not DOCX. */
export function detectOfficeZip(bytes: Uint8Array): "docx" | "odt" | undefined {
  const list = zipEntryNames(bytes);
  if (!list || list.length > MAX_ENTRIES) return undefined;
  const names = new Set(list);
  if (names.has("[Content_Types].xml") && names.has("word/document.xml") && !names.has("word/vbaProject.bin")) return "docx";
  if (names.has("mimetype")) {
    let text: string | undefined;
    try {
      const entry = readZipEntry(bytes, "mimetype", { maxBytes: 256 });
      text = entry && new TextDecoder().decode(entry).trim();
    } catch {
      return undefined; // a "mimetype" that inflates past 256 bytes names no ODT
    }
    if (text === ODT_MIME) return "odt";
  }
  return undefined;
}
