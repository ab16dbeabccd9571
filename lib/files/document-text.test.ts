import { describe, expect, it } from "vitest";
import { zipSync, strToU8 } from "fflate";
import { documentText } from "./document-text";
import { countWords } from "../visits/statement-rules";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ODT = "application/vnd.oasis.opendocument.text";

describe("documentText", () => {
  it("reads the paragraphs of a DOCX, with entities decoded, so its words can be counted", () => {
    const xml =
      `<w:document><w:body><w:p><w:r><w:t>End-of-mission statement</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">Rights &amp; freedoms </w:t></w:r><w:r><w:t>in Nor</w:t></w:r><w:r><w:t>way</w:t></w:r><w:r><w:tab/><w:t>today</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8(xml) });
    const text = documentText(bytes, DOCX)!;
    expect(text).toContain("Rights & freedoms");
    expect(text).toContain("Norway"); // one word, though split across two runs
    expect(countWords(text)).toBe(7);
  });
  it("reads an ODT's headings and paragraphs", () => {
    const xml = `<office:document-content><office:body><office:text><text:h>Statement</text:h><text:p>Les<text:s/>droits de l&#8217;homme</text:p></office:text></office:body></office:document-content>`;
    const bytes = zipSync({ mimetype: strToU8(ODT), "content.xml": strToU8(xml) });
    expect(countWords(documentText(bytes, ODT)!)).toBe(5);
  });
  it("gives null for a PDF, an image or a broken archive", () => {
    expect(documentText(new TextEncoder().encode("%PDF-1.4"), "application/pdf")).toBeNull();
    expect(documentText(new Uint8Array([1, 2, 3]), DOCX)).toBeNull();
  });
});
