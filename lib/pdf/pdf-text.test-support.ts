// Reads the text back out of an *uncompressed* pdfkit PDF, for tests. pdfkit writes text in embedded
// TrueType fonts as hex glyph ids (<0012> Tj), so a plain byte search finds nothing; each font's
// ToUnicode CMap maps the ids back to characters. Enough for pdfkit's own output, not a PDF parser.
import bidiFactory from "bidi-js";

const bidi = bidiFactory();
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

function utf16Hex(hex: string): string {
  const units = hex.replace(/\s+/g, "").match(/.{4}/g) ?? [];
  return String.fromCharCode(...units.map((u) => parseInt(u, 16)));
}

function parseCMap(body: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const section of body.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (section[1] ?? "").matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
      const start = parseInt(m[1]!, 16);
      const width = m[1]!.length;
      // Ligatures map to several characters: <0066 0066 0069> is "ffi".
      [...(m[3] ?? "").matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((dst, i) => {
        map.set((start + i).toString(16).padStart(width, "0").toLowerCase(), utf16Hex(dst[1]!));
      });
    }
  }
  for (const section of body.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (section[1] ?? "").matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(m[1]!.toLowerCase(), utf16Hex(m[2]!));
  }
  return map;
}

function readFonts(pdf: Buffer) {
  const source = pdf.toString("latin1");
  const objects = new Map<string, string>();
  for (const m of source.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(m[1]!, m[2]!);

  // Resource name (/F1) → font object → its ToUnicode CMap.
  const cmaps = new Map<string, Map<string, string>>();
  for (const m of source.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const toUnicode = objects.get(m[2]!)?.match(/\/ToUnicode (\d+) 0 R/)?.[1];
    const cmap = toUnicode && objects.get(toUnicode);
    if (cmap) cmaps.set(m[1]!, parseCMap(cmap));
  }
  return { objects, cmaps };
}

/** Every page's text in drawing order, runs joined by spaces and whitespace collapsed. */
export function extractPdfText(pdf: Buffer): string {
  const { objects, cmaps } = readFonts(pdf);

  const decode = (hex: string, cmap: Map<string, string> | undefined) =>
    (hex.match(/.{4}/g) ?? []).map((code) => cmap?.get(code.toLowerCase()) ?? "\uFFFD").join("");
  const parts: string[] = [];
  for (const body of objects.values()) {
    if (!/\bBT\b/.test(body)) continue;
    let cmap: Map<string, string> | undefined;
    for (const m of body.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ|<([0-9a-fA-F]*)> Tj/g)) {
      if (m[1]) cmap = cmaps.get(m[1]);
      else if (m[2] !== undefined) parts.push([...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decode(h[1]!, cmap)).join(""));
      else if (m[3] !== undefined) parts.push(decode(m[3], cmap));
    }
  }
  return parts.join(" ").replace(/\s+/g, " ");
}

/** Number of pages, from the page tree. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
}

/**
 * The text of every line, in logical order, as a reader recovers it: pieces drawn on one line
 * (same page, same height) put together left to right, then — where the line holds right-to-left
 * letters — reordered by the bidi algorithm with mirrored brackets turned back, as pdf.js and
 * poppler do. For checking Arabic letters, whose pieces are drawn in visual order.
 */
export function extractPdfLines(pdf: Buffer): string[] {
  const { objects, cmaps } = readFonts(pdf);
  const lines: string[] = [];
  for (const body of objects.values()) {
    if (!/\bBT\b/.test(body)) continue;
    const chunks: { x: number; y: number; text: string }[] = [];
    let cmap: Map<string, string> | undefined;
    let at = { x: 0, y: 0 };
    for (const m of body.matchAll(/1 0 0 1 ([\d.-]+) ([\d.-]+) Tm|\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ|<([0-9a-fA-F]*)> Tj/g)) {
      if (m[1]) at = { x: Number(m[1]), y: Math.round(Number(m[2]) * 10) / 10 };
      else if (m[3]) cmap = cmaps.get(m[3]);
      else {
        const hex = m[4] !== undefined ? [...m[4].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!).join("") : m[5]!;
        // A ligature glyph maps to its letters in written order: turned here so that the line's
        // reordering below puts them back (the rest of a right-to-left piece is in visual order).
        const glyphs = (hex.match(/.{4}/g) ?? []).map((code) => cmap?.get(code.toLowerCase()) ?? "\uFFFD");
        const text = glyphs.map((g) => (g.length > 1 && RTL.test(g) ? g.split("").reverse().join("") : g)).join("");
        chunks.push({ ...at, text });
      }
    }
    // Pages are drawn top down (y falls): group by height, then left to right.
    const byLine = new Map<number, typeof chunks>();
    for (const c of chunks) byLine.set(c.y, [...(byLine.get(c.y) ?? []), c]);
    for (const y of [...byLine.keys()].sort((a, b) => b - a)) {
      const visual = byLine
        .get(y)!
        .sort((a, b) => a.x - b.x)
        .map((c) => c.text)
        .join("");
      lines.push(RTL.test(visual) ? toLogical(visual) : visual);
    }
  }
  return lines.map((l) => l.replace(/\s+/g, " ").trim());
}

function toLogical(visual: string): string {
  const levels = bidi.getEmbeddingLevels(visual, "rtl");
  // Brackets were drawn mirrored in right-to-left runs: turn them back first.
  const chars = visual.split("").map((c, i) => (levels.levels[i]! % 2 ? (bidi.getMirroredCharacter(c) ?? c) : c));
  // Reordering is its own inverse: the segments that turn logical into visual turn it back.
  for (const [start, end] of bidi.getReorderSegments(visual, levels)) {
    chars.splice(start!, end! - start! + 1, ...chars.slice(start, end! + 1).reverse());
  }
  return chars.join("");
}

/** How many glyphs were drawn with a font's .notdef (glyph 0): characters the font has no glyph for. */
export function countMissingGlyphs(pdf: Buffer): number {
  const source = pdf.toString("latin1");
  let missing = 0;
  for (const m of source.matchAll(/\[([^\]]*)\] TJ|<([0-9a-fA-F]*)> Tj/g)) {
    const hex = m[1] !== undefined ? [...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!).join("") : m[2]!;
    missing += (hex.match(/.{4}/g) ?? []).filter((code) => code === "0000").length;
  }
  return missing;
}
