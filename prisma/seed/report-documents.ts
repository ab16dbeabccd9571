// R19: the documents of the published sample reports — a one-page PDF per official language, built
// here in a few hundred bytes (no PDF library, no font: the 14 standard fonts need none), stored the
// way lib/files/storage.ts keeps uploads (rows of stored_files, here inside the seed's transaction, or
// files under FILES_DIR with SP_FILE_STORE=disk) and recorded as lib/reports/add-document.ts records them.
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Prisma } from "../../lib/generated/prisma/client";
import { filesDirFromEnv } from "../../lib/files/files-dir";
import { REPORT_LANGUAGES, type ReportLanguage } from "../../lib/reports/constants";
import type { SampleContext } from "./context";
import { stableUuid } from "./random";

/** The language names in English: the sample page is in ASCII (Helvetica without an embedded font). */
const LANGUAGE_IN_ENGLISH: Record<ReportLanguage, string> = {
  ar: "Arabic",
  zh: "Chinese",
  en: "English",
  fr: "French",
  ru: "Russian",
  es: "Spanish",
};

/** A string for a PDF literal in WinAnsi's ASCII part: accents dropped, the rest replaced, ( ) \ escaped. */
function pdfText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "?")
    .replace(/[\\()]/g, (c) => `\\${c}`);
}

/** Words of `text` in lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A valid one-page PDF 1.4 (A4) saying what the sample document is, with a correct cross-reference table. */
export function sampleReportPdf({ symbol, title, language }: { symbol: string; title: string; language: ReportLanguage }): Buffer {
  const lines = [
    { size: 12, text: symbol },
    ...wrap(title, 70).map((text) => ({ size: 14, text })),
    { size: 11, text: `${LANGUAGE_IN_ENGLISH[language]} version (${language}). Sample document of the SP Portal demo data.` },
  ];
  const content = ["BT", "72 760 Td", ...lines.flatMap((l) => [`/F1 ${l.size} Tf`, `(${pdfText(l.text)}) Tj`, "0 -22 Td"]), "ET"].join(
    "\n",
  );
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

/** The languages of a sample report's documents, by its rank: English always; some in three, some in all six. */
export function sampleLanguages(rank: number): ReportLanguage[] {
  if (rank % 3 === 0) return [...REPORT_LANGUAGES];
  if (rank % 3 === 1) return ["en", "fr", "es"];
  return ["en"];
}

type SeededReport = Pick<Prisma.ReportCreateManyInput, "id" | "symbol" | "title" | "publishedAt">;

/** Documents for each published report (R19: public once published; unpublished ones have none here). */
export async function seedReportDocuments(ctx: SampleContext, reports: readonly SeededReport[]): Promise<number> {
  const { db, now } = ctx;
  const published = reports.flatMap((r) =>
    typeof r.id === "string" && r.publishedAt instanceof Date && r.publishedAt.getTime() <= now.getTime()
      ? [{ id: r.id, symbol: r.symbol, title: r.title, at: r.publishedAt }]
      : [],
  );
  const files: { key: string; bytes: Buffer; at: Date }[] = [];
  const attachments: Prisma.AttachmentCreateManyInput[] = [];
  published.forEach((r, rank) => {
    const at = r.at;
    for (const language of sampleLanguages(rank)) {
      const bytes = sampleReportPdf({ symbol: r.symbol, title: r.title, language });
      const key = stableUuid(`report-document-file:${r.id}:${language}`);
      files.push({ key, bytes, at });
      attachments.push({
        id: stableUuid(`report-document:${r.id}:${language}`),
        reportId: r.id,
        language,
        fileName: `${r.symbol.replace(/\//g, "-")}-${language}.pdf`,
        contentType: "application/pdf",
        size: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        storageKey: key,
        createdAt: at,
      });
    }
  });
  if (files.length === 0) return 0;
  if (process.env.SP_FILE_STORE === "disk") {
    // As LocalFileStore lays them out: root/ab/cd/<key>.
    const root = filesDirFromEnv();
    for (const f of files) {
      const dir = path.join(root, f.key.slice(0, 2), f.key.slice(2, 4));
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, f.key), f.bytes);
    }
  } else {
    await db.storedFile.createMany({
      data: files.map((f) => ({ key: f.key, bytes: new Uint8Array(f.bytes), size: f.bytes.length, createdAt: f.at })),
    });
  }
  await db.attachment.createMany({ data: attachments });
  ctx.log(`Report documents: ${attachments.length} for ${published.length} published reports`);
  return attachments.length;
}
