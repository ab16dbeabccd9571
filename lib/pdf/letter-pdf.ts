import "server-only";
import PDFDocument from "pdfkit";
import { letterFontPaths } from "./fonts";
import { markdownToBlocks } from "./markdown-blocks";
import { BODY_SIZE, drawBlock, drawRuns, ensureSpace, type Doc } from "./draw-blocks";
import {
  letterDate,
  letterDeadline,
  mandatesHeader,
  publicationSentence,
  WORDING,
  type LetterLocale,
  type LetterType,
} from "./letter-wording";

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

function drawFooters(doc: Doc, letter: LetterForPdf) {
  const words = WORDING[letter.locale];
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise make pdfkit open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - bottom + 28;
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    doc.font("regular").fontSize(8).fillColor("#555555");
    doc.text(letter.reference ?? words.noReference, MARGIN.left, y, { width, align: "left", lineBreak: false });
    doc.text(words.page(i - start + 1, count), MARGIN.left, y, { width, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** The letter as an A4 PDF. `compress: false` leaves content streams readable (tests). */
export async function renderLetterPdf(letter: LetterForPdf, render: { compress?: boolean } = {}): Promise<Buffer> {
  const fonts = letterFontPaths();
  const words = WORDING[letter.locale];
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    font: fonts.regular,
    compress: render.compress ?? true,
    bufferPages: true,
    lang: letter.locale,
    displayTitle: true,
    info: { Title: letter.subject, Subject: letter.reference ?? "", Creator: "SP Portal", Producer: "SP Portal" },
  });
  for (const [role, file] of Object.entries(fonts)) doc.registerFont(role, file);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  doc.font("bold").fontSize(10).text(mandatesHeader(letter.mandates, letter.locale), left, MARGIN.top, { width, align: "center" });
  doc
    .moveDown(0.6)
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.5)
    .stroke()
    .moveDown(1);

  const reference = letter.reference ? `${words.reference} ${letter.reference}` : words.noReference;
  drawRuns(doc, [{ text: `${reference} — ${words.types[letter.type]}` }], left, width, 10);
  doc
    .font("regular")
    .fontSize(BODY_SIZE)
    .text(words.place(letterDate(letter.date, letter.locale)), left, doc.y, { width, align: "right" });
  doc.moveDown(1.2);
  doc.text(letter.addressee, left, doc.y, { width });
  doc.moveDown(1.2);
  drawRuns(doc, [{ text: `${words.subject} ${letter.subject}`, bold: true }], left, width);
  doc.moveDown(1);

  for (const block of markdownToBlocks(letter.bodyMarkdown)) drawBlock(doc, block, left, width);

  doc.moveDown(0.4);
  if (letter.replyDueAt)
    drawBlock(
      doc,
      { kind: "paragraph", indent: 0, runs: [{ text: words.replyBy(letterDeadline(letter.replyDueAt, letter.locale)) }] },
      left,
      width,
    );
  drawBlock(
    doc,
    { kind: "paragraph", indent: 0, runs: [{ text: publicationSentence(letter.locale, letter.publishRepliesOnReceipt) }] },
    left,
    width,
  );
  drawBlock(doc, { kind: "paragraph", indent: 0, runs: [{ text: words.closing }] }, left, width);
  doc.moveDown(1);
  ensureSpace(doc, letter.mandates.length * 16);
  for (const title of letter.mandates) drawRuns(doc, [{ text: title }], left, width, 10);

  drawFooters(doc, letter);
  doc.end();
  return done;
}
