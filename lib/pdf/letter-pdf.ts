import "server-only";
import PDFDocument from "pdfkit";
import { letterFontPaths } from "./fonts";
import { markdownToBlocks } from "./markdown-blocks";
import { artifact, drawBlock, drawBlocks, drawRuns, ensureSpace, tagged, type Doc, type Flow } from "./draw-blocks";
import type { FontFamily } from "./fonts";
import type { Run } from "./markdown-blocks";
import {
  isRightToLeft,
  letterDate,
  letterDeadline,
  mandatesHeader,
  publicationSentence,
  WORDING,
  type LetterLocale,
  type LetterType,
} from "./letter-wording";

// The font of text with no script of its own (digits, punctuation) in a letter of each language.
const BASE_FAMILY: Record<LetterLocale, FontFamily> = { en: "latin", fr: "latin", es: "latin", ru: "latin", ar: "arabic", zh: "cjk" };

/**
 * What the printed letter shows. Deliberately no confidential annex: the names of alleged victims
 * stay in the communication's confidential annex and are never printed here, whoever asks (DESIGN §1).
 */
export type LetterForPdf = {
  reference: string | null;
  date: Date;
  locale: LetterLocale;
  /** e.g. "Permanent Mission of … to the United Nations Office at Geneva", or an other actor's name. */
  addressee: string;
  /** Titles of the signing mandates, in the letter's language. */
  mandates: string[];
  type: LetterType;
  subject: string;
  bodyMarkdown: string;
  replyDueAt: Date | null;
  /** R5: the publication rule the letter is sent under; the sentence about publication follows it. */
  publishRepliesOnReceipt: boolean;
};

const MARGIN = { top: 64, bottom: 72, left: 70, right: 70 };

function drawFooters(doc: Doc, letter: LetterForPdf, flow: Pick<Flow, "rtl" | "base">) {
  const words = WORDING[letter.locale];
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise make pdfkit open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - bottom + 28;
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    doc.fillColor("#555555");
    // Page furniture, not text of the letter: an artifact for screen readers and text extraction.
    artifact(
      doc,
      () => {
        doc.y = y;
        const alignWith = ["latin", "arabic", "cjk"] as const;
        drawRuns(doc, [{ text: letter.reference ?? words.noReference }], MARGIN.left, width, flow, {
          size: 8,
          align: "start",
          alignWith: [...alignWith],
        });
        doc.y = y;
        drawRuns(doc, [{ text: words.page(i - start + 1, count) }], MARGIN.left, width, flow, {
          size: 8,
          align: "end",
          alignWith: [...alignWith],
        });
      },
      "Pagination",
    );
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The letter as an A4 PDF, tagged (a structure tree of headings, paragraphs and lists, page
 * furniture marked as artifacts) and with the document language set, so screen readers and
 * assistive tools read it in its language. `compress: false` leaves content streams readable (tests).
 */
export async function renderLetterPdf(letter: LetterForPdf, render: { compress?: boolean } = {}): Promise<Buffer> {
  const fonts = letterFontPaths();
  const words = WORDING[letter.locale];
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    font: fonts.regular,
    compress: render.compress ?? true,
    bufferPages: true,
    tagged: true,
    lang: letter.locale,
    displayTitle: true,
    info: { Title: letter.subject, Subject: letter.reference ?? "", Creator: "SP Portal", Producer: "SP Portal" },
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
  const flow: Flow = { rtl: isRightToLeft(letter.locale), base: BASE_FAMILY[letter.locale], parent: root };
  const paragraph = (runs: Run[], options: { size?: number; align?: "start" | "end" | "center"; type?: string } = {}) =>
    tagged(doc, flow, options.type ?? "P", () => drawRuns(doc, runs, left, width, flow, options));

  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  doc.y = MARGIN.top;
  paragraph([{ text: mandatesHeader(letter.mandates, letter.locale), bold: true }], { size: 10, align: "center" });
  doc.moveDown(0.6);
  artifact(doc, () => {
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .lineWidth(0.5)
      .stroke();
  });
  doc.moveDown(1);

  const reference = letter.reference ? `${words.reference} ${letter.reference}` : words.noReference;
  paragraph([{ text: `${reference} — ${words.types[letter.type]}` }], { size: 10 });
  paragraph([{ text: words.place(letterDate(letter.date, letter.locale)) }], { align: "end" });
  doc.moveDown(1.2);
  paragraph([{ text: letter.addressee }]);
  doc.moveDown(1.2);
  paragraph([{ text: `${words.subject} ${letter.subject}`, bold: true }], { type: "H1" });
  doc.moveDown(1);

  drawBlocks(doc, markdownToBlocks(letter.bodyMarkdown), left, width, flow);

  doc.moveDown(0.4);
  const closing = [
    ...(letter.replyDueAt ? [words.replyBy(letterDeadline(letter.replyDueAt, letter.locale))] : []),
    publicationSentence(letter.locale, letter.publishRepliesOnReceipt),
    words.closing,
  ];
  for (const text of closing) drawBlock(doc, { kind: "paragraph", indent: 0, runs: [{ text }] }, left, width, flow);
  doc.moveDown(1);
  ensureSpace(doc, letter.mandates.length * 16);
  for (const title of letter.mandates) paragraph([{ text: title }], { size: 10 });

  drawFooters(doc, letter, flow);
  doc.end();
  return done;
}
