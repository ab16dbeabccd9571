// Reads the text back out of an *uncompressed* pdfkit PDF, for tests. pdfkit writes text in embedded
// TrueType fonts as hex glyph ids (<0012> Tj), so a plain byte search finds nothing; each font's
// ToUnicode CMap maps the ids back to characters. Enough for pdfkit's own output, not a PDF parser.

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

/** Every page's text in drawing order, runs joined by spaces and whitespace collapsed. */
export function extractPdfText(pdf: Buffer): string {
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
