import { describe, expect, it } from "vitest";
import { markdownToBlocks } from "./markdown-blocks";
import { mandatesHeader } from "./letter-wording";

describe("markdownToBlocks", () => {
  it("turns headings, paragraphs with emphasis and lists into printable blocks", () => {
    expect(markdownToBlocks("# Facts\n\nThe **arrest** of *A*.\n\n- one\n- two\n  1. nested")).toEqual([
      { kind: "heading", level: 1, runs: [{ text: "Facts" }] },
      {
        kind: "paragraph",
        indent: 0,
        runs: [{ text: "The " }, { text: "arrest", bold: true }, { text: " of " }, { text: "A", italic: true }, { text: "." }],
      },
      { kind: "paragraph", indent: 1, marker: "•", runs: [{ text: "one" }] },
      { kind: "paragraph", indent: 1, marker: "•", runs: [{ text: "two" }] },
      { kind: "paragraph", indent: 2, marker: "1.", runs: [{ text: "nested" }] },
    ]);
  });

  it("prints link addresses, keeps raw HTML as text and code as code", () => {
    const blocks = markdownToBlocks("[report](https://ohchr.org/r) <b>x</b>\n\n```\nline 1\n```");
    expect(blocks[0]).toMatchObject({ runs: [{ text: "report" }, { text: " <https://ohchr.org/r>" }, { text: " <b>x</b>" }] });
    expect(blocks[1]).toEqual({ kind: "code", text: "line 1", indent: 0 });
  });

  it("numbers ordered lists from their start", () => {
    const markers = markdownToBlocks("3. c\n4. d").map((b) => (b.kind === "paragraph" ? b.marker : undefined));
    expect(markers).toEqual(["3.", "4."]);
  });
});

describe("mandatesHeader", () => {
  it("joins the joint mandates with the article each title needs", () => {
    expect(mandatesHeader(["Special Rapporteur on X"], "en")).toBe("Mandate of the Special Rapporteur on X");
    expect(mandatesHeader(["Special Rapporteur on X", "Working Group on Y", "Independent Expert on Z"], "en")).toBe(
      "Mandates of the Special Rapporteur on X; the Working Group on Y and the Independent Expert on Z",
    );
    expect(mandatesHeader(["Rapporteuse spéciale sur X", "Expert indépendant sur Y", "Groupe de travail sur Z"], "fr")).toBe(
      "Mandats de la Rapporteuse spéciale sur X ; de l’Expert indépendant sur Y et du Groupe de travail sur Z",
    );
    expect(mandatesHeader(["Relatora Especial sobre X", "Grupo de Trabajo sobre Y"], "es")).toBe(
      "Mandatos de la Relatora Especial sobre X y del Grupo de Trabajo sobre Y",
    );
  });
});
