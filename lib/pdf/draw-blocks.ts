// Drawing the letter's blocks with pdfkit: mixed fonts within a paragraph, list markers hanging in
// the margin of their item, page breaks before a heading or marker would sit alone at a page foot.
import type PDFDocument from "pdfkit";
import type { FontRole } from "./fonts";
import type { Block, Run } from "./markdown-blocks";

export type Doc = InstanceType<typeof PDFDocument>;
export const BODY_SIZE = 11;
const INDENT = 18;

function fontOf(run: Run): FontRole {
  if (run.mono) return "mono";
  if (run.bold) return run.italic ? "boldItalic" : "bold";
  return run.italic ? "italic" : "regular";
}

export function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** One paragraph of mixed fonts, starting at (x, doc.y) and wrapping within `width`. */
export function drawRuns(doc: Doc, runs: Run[], x: number, width: number, size = BODY_SIZE) {
  const y = doc.y;
  // A run that starts with a space would start a wrapped line with it: give the space to the run before.
  const joined = runs.map((r) => ({ ...r }));
  for (let i = 1; i < joined.length; i++) {
    const lead = /^\s+/.exec(joined[i]!.text)?.[0];
    if (lead && !lead.includes("\n")) {
      joined[i - 1]!.text += lead;
      joined[i]!.text = joined[i]!.text.slice(lead.length);
    }
  }
  const drawn = joined.filter((r) => r.text);
  drawn.forEach((run, i, all) => {
    doc.font(fontOf(run)).fontSize(size);
    const options = { width, continued: i < all.length - 1, lineGap: 2 };
    if (i === 0) doc.text(run.text, x, y, options);
    else doc.text(run.text, options);
  });
}

export function drawBlock(doc: Doc, block: Block, left: number, width: number) {
  if (block.kind === "rule") {
    ensureSpace(doc, 12);
    doc
      .moveTo(left, doc.y + 4)
      .lineTo(left + width, doc.y + 4)
      .lineWidth(0.5)
      .stroke();
    doc.moveDown(0.8);
    return;
  }
  if (block.kind === "heading") {
    ensureSpace(doc, 40);
    drawRuns(
      doc,
      block.runs.map((r) => ({ ...r, bold: true })),
      left,
      width,
      block.level === 1 ? 14 : block.level === 2 ? 12.5 : BODY_SIZE,
    );
    doc.moveDown(0.4);
    return;
  }
  const x = left + block.indent * INDENT;
  if (block.kind === "code") {
    doc
      .font("mono")
      .fontSize(9.5)
      .text(block.text, x, doc.y, { width: width - (x - left), lineGap: 1 });
    doc.moveDown(0.6);
    return;
  }
  if (block.marker) {
    ensureSpace(doc, BODY_SIZE * 1.5);
    const y = doc.y;
    doc.font("regular").fontSize(BODY_SIZE).text(block.marker, x, y, { width: INDENT, lineBreak: false });
    doc.y = y;
    drawRuns(doc, block.runs, x + INDENT, width - (x + INDENT - left));
    doc.moveDown(0.3);
    return;
  }
  drawRuns(doc, block.runs, x, width - (x - left));
  doc.moveDown(0.6);
}
