// Drawing the letter's blocks with pdfkit: mixed fonts within a paragraph (by style and by script),
// right-to-left paragraphs for Arabic (bidi-lines.ts), list markers hanging in the margin of their
// item, page breaks before a heading or marker would sit alone at a page foot, and every block a
// structure element of the tagged PDF (H2–H4, P, L/LI/Lbl/LBody; rules are artifacts).
import type PDFDocument from "pdfkit";
import { bidiLines } from "./bidi-lines";
import { fontName, type FontFamily, type FontRole } from "./fonts";
import type { Block, Run } from "./markdown-blocks";
import { splitByScript, type Piece } from "./script-runs";

export type Doc = InstanceType<typeof PDFDocument>;
export type StructElement = ReturnType<Doc["struct"]>;
export const BODY_SIZE = 11;
const INDENT = 18;
const LINE_GAP = 2;
// Handing pdfkit a features list (even empty) makes it lay out each string whole instead of word by
// word: fontkit must see an Arabic phrase at once to put its words right to left.
const WHOLE: { features: [] } = { features: [] };

/** How the letter's text flows: its direction, the font family of text without a script, and the structure element blocks go into. */
export type Flow = { rtl: boolean; base: FontFamily; parent: StructElement };

// Ascent and descent of each font, in ems: lines that mix fonts share DejaVu's baseline, and a line
// with Arabic is as tall as its tallest font needs. DejaVu's and Noto Sans SC's are their hhea values;
// Amiri's hhea (1.124 + 0.634) makes room for its rarest stacked marks and would space the lines
// twice as far as Latin text: what its vowelled words need is used instead.
const METRICS: Record<FontFamily, { ascent: number; descent: number }> = {
  latin: { ascent: 1901 / 2048, descent: 483 / 2048 },
  arabic: { ascent: 0.95, descent: 0.45 },
  cjk: { ascent: 1.16, descent: 0.288 },
};

function fontOf(run: Run): FontRole {
  if (run.mono) return "mono";
  if (run.bold) return run.italic ? "boldItalic" : "bold";
  return run.italic ? "italic" : "regular";
}

// Amiri's letters are small for their body (as naskh faces are beside a Latin sans): Arabic is set
// a quarter larger so that it reads at the size of the Latin text around it.
const SCALE: Record<FontFamily, number> = { latin: 1, arabic: 1.25, cjk: 1 };

function setPieceFont(doc: Doc, piece: Piece, size: number) {
  return doc.font(fontName(piece.family, fontOf(piece))).fontSize(size * SCALE[piece.family]);
}

export function ensureSpace(doc: Doc, height: number) {
  // continueOnNewPage, not addPage: it closes the open tags at the foot of the page and reopens them
  // on the next, so a paragraph split across pages stays one structure element.
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.continueOnNewPage();
}

/** Draws the content as an artifact (not part of the text a reader or screen reader gets): rules, page footers. */
export function artifact(doc: Doc, draw: () => void, type: "Pagination" | "Layout" = "Layout") {
  doc.markContent("Artifact", { type });
  draw();
  doc.endMarkedContent();
}

/** Adds a structure element of `type` to the flow's parent and draws its content inside it. */
export function tagged(doc: Doc, flow: Flow, type: string, draw: () => void) {
  flow.parent.add(doc.struct(type, {}, [draw]));
}

type Align = "start" | "end" | "center";

/**
 * A paragraph with right-to-left text: wrapped and ordered by bidi-lines.ts, each line's pieces drawn
 * left to right. `rtl` is the paragraph's direction (an Arabic letter's), which also sets where "start" is.
 */
function drawBidi(doc: Doc, pieces: Piece[], x: number, width: number, size: number, align: Align, rtl: boolean, also: FontFamily[]) {
  const measure = (text: string, piece: Piece) => setPieceFont(doc, piece, size).widthOfString(text, WHOLE);
  const lines = bidiLines(pieces, width, measure, rtl ? "rtl" : "ltr");
  for (const line of lines) {
    const families = [...line.atoms.map((a) => a.family), ...also, "latin" as const];
    const ascent = Math.max(...families.map((f) => METRICS[f].ascent * SCALE[f])) * size;
    const descent = Math.max(...families.map((f) => METRICS[f].descent * SCALE[f])) * size;
    ensureSpace(doc, ascent + descent);
    const y = doc.y;
    const atRight = align === (rtl ? "start" : "end");
    let cx = align === "center" ? x + (width - line.width) / 2 : atRight ? x + width - line.width : x;
    for (const atom of line.atoms) {
      // A numeric baseline puts every piece's baseline at the same height (pdfkit draws at y - baseline).
      setPieceFont(doc, atom, size).text(atom.text, cx, y, { ...WHOLE, lineBreak: false, baseline: -ascent });
      cx += atom.width;
    }
    doc.y = y + ascent + descent;
  }
  doc.x = x;
}

/** One paragraph of mixed fonts, starting at (x, doc.y) and wrapping within `width`. */
export function drawRuns(
  doc: Doc,
  runs: Run[],
  x: number,
  width: number,
  flow: Pick<Flow, "rtl" | "base">,
  {
    size = BODY_SIZE,
    align = "start",
    alignWith = [],
  }: {
    size?: number;
    align?: Align;
    /** Families of text drawn on the same line by another call (a footer's two ends): their baselines must match. */
    alignWith?: FontFamily[];
  } = {},
) {
  // A run that starts with a space would start a wrapped line with it: give the space to the run before.
  const joined = runs.map((r) => ({ ...r }));
  for (let i = 1; i < joined.length; i++) {
    const lead = /^\s+/.exec(joined[i]!.text)?.[0];
    if (lead && !lead.includes("\n")) {
      joined[i - 1]!.text += lead;
      joined[i]!.text = joined[i]!.text.slice(lead.length);
    }
  }
  const pieces = splitByScript(
    joined.filter((r) => r.text),
    flow.base,
  );
  // pdfkit's own wrapping is kept for text without Arabic (it breaks Chinese between characters too).
  if (flow.rtl || pieces.some((p) => p.family === "arabic")) {
    drawBidi(doc, pieces, x, width, size, align, flow.rtl, alignWith);
    return;
  }
  const y = doc.y;
  const pdfAlign = align === "center" ? "center" : align === "end" ? "right" : "left";
  const ascent = METRICS.latin.ascent * size;
  pieces.forEach((piece, i, all) => {
    setPieceFont(doc, piece, size);
    // One baseline for every font of the paragraph: DejaVu's, wherever a Chinese or Arabic piece sits.
    const options = { ...WHOLE, width, continued: i < all.length - 1, lineGap: LINE_GAP, align: pdfAlign, baseline: -ascent } as const;
    if (i === 0) doc.text(piece.text, x, y, options);
    else doc.text(piece.text, options);
  });
}

function drawRule(doc: Doc, left: number, width: number) {
  ensureSpace(doc, 12);
  artifact(doc, () => {
    doc
      .moveTo(left, doc.y + 4)
      .lineTo(left + width, doc.y + 4)
      .lineWidth(0.5)
      .stroke();
  });
  doc.moveDown(0.8);
}

/** A list item: its marker hanging in the margin on the side the text starts from. */
function drawItem(doc: Doc, block: Extract<Block, { kind: "paragraph" }>, left: number, width: number, flow: Flow) {
  const inset = block.indent * INDENT;
  ensureSpace(doc, BODY_SIZE * 1.5);
  const y = doc.y;
  const markerX = flow.rtl ? left + width - inset - INDENT : left + inset;
  const bodyX = flow.rtl ? left : left + inset + INDENT;
  const bodyWidth = width - inset - INDENT;
  const item = doc.struct("LI");
  flow.parent.add(item);
  item.add(
    doc.struct("Lbl", {}, [
      () => {
        drawRuns(doc, [{ text: block.marker! }], markerX, INDENT, flow, { align: "start" });
      },
    ]),
  );
  doc.y = y;
  item.add(
    doc.struct("LBody", {}, [
      () => {
        drawRuns(doc, block.runs, bodyX, bodyWidth, flow);
      },
    ]),
  );
  item.end();
  doc.moveDown(0.3);
}

export function drawBlock(doc: Doc, block: Block, left: number, width: number, flow: Flow) {
  if (block.kind === "rule") {
    drawRule(doc, left, width);
    return;
  }
  if (block.kind === "heading") {
    ensureSpace(doc, 40);
    tagged(doc, flow, `H${Math.min(block.level + 1, 6)}`, () =>
      drawRuns(
        doc,
        block.runs.map((r) => ({ ...r, bold: true })),
        left,
        width,
        flow,
        { size: block.level === 1 ? 14 : block.level === 2 ? 12.5 : BODY_SIZE },
      ),
    );
    doc.moveDown(0.4);
    return;
  }
  const inset = block.indent * INDENT;
  if (block.kind === "code") {
    // Code stays left to right in every letter.
    tagged(doc, flow, "P", () => {
      doc
        .font("mono")
        .fontSize(9.5)
        .text(block.text, left + inset, doc.y, { width: width - inset, lineGap: 1 });
    });
    doc.moveDown(0.6);
    return;
  }
  if (block.marker) {
    drawItem(doc, block, left, width, flow);
    return;
  }
  tagged(doc, flow, "P", () => drawRuns(doc, block.runs, flow.rtl ? left : left + inset, width - inset, flow));
  doc.moveDown(0.6);
}

/** The blocks in order, consecutive list items gathered into one list (L) of the structure tree. */
export function drawBlocks(doc: Doc, blocks: Block[], left: number, width: number, flow: Flow) {
  let list: StructElement | null = null;
  for (const block of blocks) {
    const isItem = block.kind === "paragraph" && !!block.marker;
    if (isItem && !list) {
      list = doc.struct("L");
      flow.parent.add(list);
    }
    if (!isItem && list) {
      list.end();
      list = null;
    }
    drawBlock(doc, block, left, width, isItem && list ? { ...flow, parent: list } : flow);
  }
  list?.end();
}
