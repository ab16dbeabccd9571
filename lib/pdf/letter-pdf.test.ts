import { describe, expect, it } from "vitest";
import { renderLetterPdf, type LetterForPdf } from "./letter-pdf";
import { extractPdfText, pdfPageCount } from "./pdf-text.test-support";
import { publicationSentence, type LetterLocale } from "./letter-wording";

const letter: LetterForPdf = {
  reference: "AL USA 12/2026",
  date: new Date("2026-03-12T08:00:00Z"),
  locale: "en",
  addressee: "Permanent Mission of the United States of America to the United Nations Office at Geneva",
  mandates: ["Special Rapporteur on the situation of human rights defenders", "Working Group on Arbitrary Detention"],
  type: "AL",
  subject: "Detention of environmental defenders",
  bodyMarkdown:
    "Excellency,\n\nWe have the honour to address you.\n\n## Allegations\n\n- **First** point\n- Second point\n\nSee [the report](https://www.ohchr.org/report).",
  // 23:59 on 11 May in Geneva (CEST, UTC+2).
  replyDueAt: new Date("2026-05-11T21:59:00Z"),
  publishRepliesOnReceipt: true,
};

// Rendering embeds fonts and lays out whole letters: seconds each on a machine busy with other tests.
describe("renderLetterPdf", { timeout: 30_000 }, () => {
  it("makes an A4 PDF", async () => {
    const pdf = await renderLetterPdf(letter);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
    expect(pdf.toString("latin1")).toContain("/MediaBox [0 0 595.28 841.89]");
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it("prints the header, reference, date, addressee, subject, body and deadline (read back uncompressed)", async () => {
    const text = extractPdfText(await renderLetterPdf(letter, { compress: false }));
    expect(text).toContain(
      "Mandates of the Special Rapporteur on the situation of human rights defenders and the Working Group on Arbitrary Detention",
    );
    expect(text).toContain("Reference: AL USA 12/2026 — Allegation letter");
    expect(text).toContain("Geneva, 12 March 2026");
    expect(text).toContain("Permanent Mission of the United States of America");
    expect(text).toContain("Subject: Detention of environmental defenders");
    expect(text).toContain("Allegations");
    expect(text).toMatch(/• First point • Second point/);
    expect(text).toContain("the report <https://www.ohchr.org/report>");
    expect(text).toContain("by 11 May 2026 at 23:59 (Geneva time)");
    expect(text).toContain("Page 1 of 1");
  });

  it("puts the subject and reference in the document properties", async () => {
    const raw = (await renderLetterPdf(letter, { compress: false })).toString("latin1");
    expect(raw).toContain("(Detention of environmental defenders)");
    expect(raw).toContain("(AL USA 12/2026)");
  });

  it("writes French and Spanish letters with their own wording and letters outside Latin-1", async () => {
    const fr = extractPdfText(
      await renderLetterPdf(
        {
          ...letter,
          locale: "fr",
          mandates: ["Rapporteur spécial sur la liberté d’expression", "Groupe de travail sur la détention arbitraire"],
          addressee: "Mission permanente de la Fédération de Russie — Постоянное представительство",
        },
        { compress: false },
      ),
    );
    expect(fr).toContain("Mandats du Rapporteur spécial sur la liberté d’expression et du Groupe de travail sur la détention arbitraire");
    expect(fr).toContain("Genève, le 12 mars 2026");
    expect(fr).toContain("Постоянное представительство");
    const es = extractPdfText(await renderLetterPdf({ ...letter, locale: "es", type: "UA", reference: null }, { compress: false }));
    expect(es).toContain("Llamamiento urgente");
    expect(es).toContain("Ginebra, 12 de marzo de 2026");
    expect(es).toContain("Borrador");
  });

  it("says exactly what the publication setting the letter was sent under does, in each language (R5)", async () => {
    const sentence = async (locale: LetterLocale, publishRepliesOnReceipt: boolean) =>
      extractPdfText(await renderLetterPdf({ ...letter, locale, publishRepliesOnReceipt }, { compress: false })).replace(/\s+/g, " ");
    for (const locale of ["en", "fr", "es"] as const) {
      const on = await sentence(locale, true);
      const off = await sentence(locale, false);
      expect(on).toContain(publicationSentence(locale, true));
      expect(on).not.toContain(publicationSentence(locale, false));
      expect(off).toContain(publicationSentence(locale, false));
      expect(off).not.toContain(publicationSentence(locale, true));
    }
    expect(publicationSentence("en", true)).toMatch(/as soon as a reply is received, together with that reply/);
    expect(publicationSentence("en", false)).toMatch(/any reply received by then will be made public .* once the reply period has expired/);
    expect(publicationSentence("fr", true)).toContain("dès réception d’une réponse");
    expect(publicationSentence("es", false)).toContain("una vez vencido el plazo de respuesta");
  });

  it("leaves out the deadline sentence when there is no deadline yet", async () => {
    const text = extractPdfText(await renderLetterPdf({ ...letter, replyDueAt: null }, { compress: false }));
    expect(text).not.toContain("Geneva time");
    expect(text).toContain("highest consideration");
  });

  it("flows a long body onto more pages, numbering each", async () => {
    const paragraph = "The mandate holders express their serious concern about these allegations. ".repeat(12);
    const long = { ...letter, bodyMarkdown: Array.from({ length: 40 }, (_, i) => `${i + 1}. ${paragraph}`).join("\n\n") };
    const pdf = await renderLetterPdf(long, { compress: false });
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(3);
    const text = extractPdfText(pdf);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain("40.");
  });

  it("has no way to print a confidential annex", async () => {
    // Extra fields are ignored: only the named ones are read.
    const withAnnex = { ...letter, confidentialAnnex: "Names: Jane Victim" } as LetterForPdf;
    expect(extractPdfText(await renderLetterPdf(withAnnex, { compress: false }))).not.toContain("Jane Victim");
  });
});
