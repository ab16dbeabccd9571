// The text of an uploaded office document, for counting its words (e.g. an end-of-mission statement,
// R4): the body of a DOCX (word/document.xml) or an ODT (content.xml), read with fflate. PDF text is
// not extracted (it needs a PDF parser); null then, and the caller says so. The part is inflated with a
// cap (./zip-entry.ts): a zip bomb gives null here, and checkUpload has refused it before.
import { strFromU8 } from "fflate";
import { readZipEntry } from "./zip-entry";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Paragraph ends become line breaks, spacing elements spaces; other tags vanish (a word may be split across runs). */
function xmlText(xml: string, paragraphEnd: RegExp, spacing: RegExp): string {
  return xml
    .replace(paragraphEnd, "\n")
    .replace(spacing, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code.startsWith("#x") || code.startsWith("#X")) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith("#")) return String.fromCodePoint(parseInt(code.slice(1), 10));
      return ENTITIES[code.toLowerCase()] ?? whole;
    });
}

/** The part of an office document that holds its text, by content type. */
export function mainPartOf(contentType: string): string | null {
  return contentType === "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    ? "word/document.xml"
    : contentType === "application/vnd.oasis.opendocument.text"
      ? "content.xml"
      : null;
}

export function documentText(bytes: Uint8Array, contentType: string): string | null {
  const entry = mainPartOf(contentType);
  if (!entry) return null;
  try {
    const xml = readZipEntry(bytes, entry);
    if (!xml) return null;
    return entry === "content.xml"
      ? xmlText(strFromU8(xml), /<\/text:(p|h)>/g, /<text:(s|tab|line-break)\b[^>]*\/>/g)
      : xmlText(strFromU8(xml), /<\/w:p>/g, /<w:(tab|br|cr)\b[^>]*\/>/g);
  } catch {
    return null;
  }
}
