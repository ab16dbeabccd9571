import "server-only";
import PDFDocument from "pdfkit";
import { letterFontPaths, type FontFamily } from "../pdf/fonts";
import { drawRuns, ensureSpace, tagged, type Flow } from "../pdf/draw-blocks";
import type { Locale } from "../i18n/config";
import { FACT_SECTIONS, type FactRow, type FactSection } from "./facts-rows";

// "Facts and figures" of a year as a printable, tagged A4 PDF in the reader's language, drawn with
// the letters' fonts and text layout (lib/pdf: Latin, Arabic right to left, Chinese). The words come
// from the caller (the interface's catalogs), the numbers from the same rows as the page and the CSV.

const BASE_FAMILY: Record<Locale, FontFamily> = { en: "latin", fr: "latin", es: "latin", ru: "latin", ar: "arabic", zh: "cjk" };
const MARGIN = { top: 56, bottom: 56, left: 56, right: 56 };

export type FactsPdfText = {
  title: string;
  intro: string;
  section: (section: FactSection) => string;
  /** One row as a line: its label, then the year's value and the year before's. */
  line: (row: FactRow) => string;
};

export async function renderFactsPdf({
  rows,
  locale,
  text,
  compress = true,
}: {
  rows: FactRow[];
  locale: Locale;
  text: FactsPdfText;
  compress?: boolean;
}): Promise<Buffer> {
  const fonts = letterFontPaths();
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    font: fonts.regular,
    compress,
    tagged: true,
    lang: locale,
    displayTitle: true,
    info: { Title: text.title, Creator: "SP Portal", Producer: "SP Portal" },
  });
  for (const [name, file] of Object.entries(fonts)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  const flow: Flow = { rtl: locale === "ar", base: BASE_FAMILY[locale], parent: root };
  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const paragraph = (value: string, type = "P", options: { size?: number; bold?: boolean } = {}) =>
    tagged(doc, flow, type, () => drawRuns(doc, [{ text: value, bold: options.bold }], left, width, flow, { size: options.size ?? 10 }));

  doc.y = MARGIN.top;
  paragraph(text.title, "H1", { size: 18, bold: true });
  doc.moveDown(0.5);
  paragraph(text.intro, "P", { size: 9 });
  for (const section of FACT_SECTIONS) {
    const own = rows.filter((r) => r.section === section);
    if (own.length === 0) continue;
    doc.moveDown(0.8);
    ensureSpace(doc, 48);
    paragraph(text.section(section), "H2", { size: 13, bold: true });
    doc.moveDown(0.3);
    for (const row of own) {
      paragraph(text.line(row));
      doc.moveDown(0.15);
    }
  }
  doc.end();
  return done;
}
