// A letter in each of the six official languages: its fixed wording read back as logical text
// (Arabic right to left, Chinese characters), every glyph found in an embedded font, and the PDF
// tagged with the letter's language. One test also asks poppler, when the machine has it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderLetterPdf, type LetterForPdf } from "./letter-pdf";
import { countMissingGlyphs, extractPdfLines } from "./pdf-text.test-support";
import { letterDate, letterDeadline, mandatesHeader, publicationSentence, WORDING, type LetterLocale } from "./letter-wording";

const common = {
  reference: "UA NOR 3/2026",
  date: new Date("2026-03-12T08:00:00Z"),
  type: "UA" as const,
  // 23:59 on 11 May in Geneva (CEST, UTC+2).
  replyDueAt: new Date("2026-05-11T21:59:00Z"),
  publishRepliesOnReceipt: true,
};

const LETTERS: Record<LetterLocale, LetterForPdf & { bodyLine: string }> = {
  en: {
    ...common,
    locale: "en",
    addressee: "Permanent Mission of Norway to the United Nations Office at Geneva",
    mandates: ["Special Rapporteur on torture", "Working Group on Arbitrary Detention"],
    subject: "Detention of environmental defenders",
    bodyMarkdown: "Excellency,\n\nWe have the honour to address you.\n\n## Allegations\n\n- First point\n- Second point",
    bodyLine: "We have the honour to address you.",
  },
  fr: {
    ...common,
    locale: "fr",
    addressee: "Mission permanente de la Norvège auprès de l’Office des Nations Unies à Genève",
    mandates: ["Rapporteur spécial sur la torture", "Groupe de travail sur la détention arbitraire"],
    subject: "Détention de défenseurs de l’environnement",
    bodyMarkdown: "Excellence,\n\nNous avons l’honneur de vous écrire.",
    bodyLine: "Nous avons l’honneur de vous écrire.",
  },
  es: {
    ...common,
    locale: "es",
    addressee: "Misión Permanente de Noruega ante la Oficina de las Naciones Unidas en Ginebra",
    mandates: ["Relatora Especial sobre la tortura", "Grupo de Trabajo sobre la Detención Arbitraria"],
    subject: "Detención de defensores del medio ambiente",
    bodyMarkdown: "Excelencia:\n\nTenemos el honor de dirigirnos a usted.",
    bodyLine: "Tenemos el honor de dirigirnos a usted.",
  },
  ru: {
    ...common,
    locale: "ru",
    addressee: "Постоянное представительство Норвегии при Отделении Организации Объединенных Наций в Женеве",
    mandates: ["Специальный докладчик по вопросу о пытках", "Рабочая группа по произвольным задержаниям"],
    subject: "Задержание правозащитников",
    bodyMarkdown: "Ваше превосходительство,\n\nИмеем честь обратиться к Вам в связи с письмом UA NOR 3/2026.",
    bodyLine: "Имеем честь обратиться к Вам в связи с письмом UA NOR 3/2026.",
  },
  ar: {
    ...common,
    locale: "ar",
    addressee: "البعثة الدائمة للنرويج لدى مكتب الأمم المتحدة في جنيف",
    mandates: ["المقرر الخاص المعني بمسألة التعذيب", "الفريق العامل المعني بالاحتجاز التعسفي"],
    subject: "احتجاز المدافعين عن البيئة",
    bodyMarkdown: "صاحب السعادة،\n\nنشير إلى رسالتنا UA NOR 3/2026 (المرجع).\n\n## الادعاءات\n\n- النقطة الأولى\n- النقطة الثانية",
    bodyLine: "نشير إلى رسالتنا UA NOR 3/2026 (المرجع).",
  },
  zh: {
    ...common,
    locale: "zh",
    addressee: "挪威常驻联合国日内瓦办事处代表团",
    mandates: ["酷刑和其他残忍、不人道或有辱人格的待遇或处罚问题特别报告员", "任意拘留问题工作组"],
    subject: "环境维权者遭拘留",
    bodyMarkdown: "阁下：\n\n我们谨提请阁下政府注意关于 UA NOR 3/2026 的资料。",
    bodyLine: "我们谨提请阁下政府注意关于 UA NOR 3/2026 的资料。",
  },
};

const rendered = new Map<LetterLocale, Buffer>();
async function pdfOf(locale: LetterLocale) {
  if (!rendered.has(locale)) rendered.set(locale, await renderLetterPdf(LETTERS[locale], { compress: false }));
  return rendered.get(locale)!;
}

describe.each(Object.keys(LETTERS) as LetterLocale[])("a letter in %s", (locale) => {
  const letter = LETTERS[locale];
  const words = WORDING[locale];

  it("reads back its fixed wording, header, date, body and closing as logical text", { timeout: 30_000 }, async () => {
    const lines = extractPdfLines(await pdfOf(locale));
    // Wrapped lines join with a space, except in Chinese, which has none between words.
    const squash = (s: string) => (locale === "zh" ? s.replace(/\s+/g, "") : s);
    const text = squash(lines.join(" "));
    expect(text).toContain(squash(mandatesHeader(letter.mandates, locale)));
    expect(lines).toContain(`${words.reference} UA NOR 3/2026 — ${words.types.UA}`);
    expect(lines).toContain(words.place(letterDate(letter.date, locale)));
    expect(text).toContain(squash(letter.addressee));
    expect(lines).toContain(`${words.subject} ${letter.subject}`);
    expect(lines).toContain(letter.bodyLine);
    expect(text).toContain(squash(words.replyBy(letterDeadline(letter.replyDueAt!, locale))));
    expect(text).toContain(squash(publicationSentence(locale, true)));
    expect(lines).toContain(words.closing);
    expect(text).toContain(squash(words.page(1, 1)));
    for (const title of letter.mandates) expect(lines).toContain(title);
  });

  it("draws every character with a glyph of an embedded font", async () => {
    const pdf = await pdfOf(locale);
    const raw = pdf.toString("latin1");
    expect(countMissingGlyphs(pdf)).toBe(0);
    const fonts = raw.match(/\/Subtype \/CIDFontType2/g)?.length ?? 0;
    expect(fonts).toBeGreaterThan(0);
    // Each font is a subset of its TrueType file, embedded (FontFile2), with a map back to Unicode.
    expect(raw.match(/\/FontFile2 /g)?.length).toBe(fonts);
    expect(raw.match(/\/ToUnicode /g)?.length).toBe(fonts);
    if (locale === "ar") expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Amiri-Regular/);
    if (locale === "zh") expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
  });

  it("is a tagged PDF in the letter's language, page furniture as artifacts", async () => {
    const raw = (await pdfOf(locale)).toString("latin1");
    expect(raw).toContain(`/Lang (${locale})`);
    const markInfo = raw.match(/\/MarkInfo (\d+) 0 R/)?.[1];
    expect(markInfo).toBeDefined();
    expect(raw).toMatch(new RegExp(`\\n${markInfo} 0 obj\\s*<<\\s*/Marked true`));
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toContain("/S /Document");
    expect(raw).toContain("/S /H1");
    expect(raw).toContain("/S /P");
    expect(raw).toMatch(/\/Artifact <<\s*\/Type \/Pagination/);
  });
});

describe("Arabic and Chinese specifics", () => {
  it("keeps a Latin reference in order inside Arabic text, and the Arabic right to left", { timeout: 30_000 }, async () => {
    const lines = extractPdfLines(await pdfOf("ar"));
    // The reference line: Arabic label at the right, the reference reading left to right, then the type.
    expect(lines).toContain("المرجع: UA NOR 3/2026 — نداء عاجل");
    expect(lines).toContain("جنيف، 12 آذار/مارس 2026");
    const raw = (await pdfOf("ar")).toString("latin1");
    expect(raw).toContain("/S /L");
    expect(raw).toContain("/S /LI");
  });

  it("keeps the tags of a paragraph balanced on every page when an Arabic letter runs over several", { timeout: 30_000 }, async () => {
    const sentence = "يعرب المكلفون بالولايات عن قلقهم البالغ إزاء هذه الادعاءات، ولا سيما القرار A/HRC/55/1. ";
    const bodyMarkdown = Array.from({ length: 12 }, () => sentence.repeat(4)).join("\n\n");
    const pdf = await renderLetterPdf({ ...LETTERS.ar, bodyMarkdown }, { compress: false });
    const pages = [...pdf.toString("latin1").matchAll(/stream\n([\s\S]*?)endstream/g)].map((m) => m[1]!).filter((b) => /\bBT\b/.test(b));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      let open = 0;
      for (const op of page.matchAll(/\b(BDC|BMC|EMC)\b/g)) {
        open += op[1] === "EMC" ? -1 : 1;
        expect(open).toBeGreaterThanOrEqual(0);
      }
      expect(open).toBe(0);
    }
    // The footer: reference and page number on one line, at one baseline.
    const footer = extractPdfLines(pdf).find((line) => line.includes(words("ar").page(2, pages.length)));
    expect(footer).toContain("UA NOR 3/2026");
  });

  it("writes Chinese in Noto Sans SC and only the glyphs used (a subset, not the 10 MB font)", { timeout: 30_000 }, async () => {
    const compressed = await renderLetterPdf(LETTERS.zh);
    expect(compressed.length).toBeLessThan(120_000);
  });
});

function words(locale: LetterLocale) {
  return WORDING[locale];
}

function hasPoppler(): boolean {
  try {
    execFileSync("pdfinfo", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// CI installs poppler-utils (.ci/run); a machine without it skips this one and says so.
describe.skipIf(!hasPoppler())("read by poppler (pdfinfo, pdffonts, pdftotext)", () => {
  it("finds the Arabic letter tagged, its fonts embedded and its text in logical order", { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "letter-pdf-"));
    const file = path.join(dir, "ar.pdf");
    writeFileSync(file, await renderLetterPdf(LETTERS.ar));
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/^Tagged:\s+yes$/m);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(1);
    for (const font of fonts) expect(font).toMatch(/Identity-H\s+yes\s+yes\s+yes/);
    // pdftotext marks right-to-left lines with directional formatting characters; they are dropped here.
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/[\u202a-\u202e]/g, "");
    expect(text).toContain("وتفضلوا بقبول فائق الاحترام والتقدير.");
    expect(text).toContain("البعثة الدائمة للنرويج لدى مكتب الأمم المتحدة في جنيف");
    expect(text).toContain("UA NOR 3/2026");
  });
});
