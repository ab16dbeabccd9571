import { describe, expect, it } from "vitest";
import { bidiLines } from "./bidi-lines";
import { splitByScript } from "./script-runs";

// Every character one unit wide: enough to see the wrapping.
const measure = (text: string) => text.length;
const visual = (text: string, width = 1000, direction: "rtl" | "ltr" = "rtl") =>
  bidiLines(splitByScript([{ text }], direction === "rtl" ? "arabic" : "latin"), width, measure, direction).map((line) =>
    line.atoms.map((a) => [a.family, a.text]),
  );

describe("splitByScript", () => {
  it("gives Arabic, Chinese and the rest their font, spaces and punctuation to the letters before them", () => {
    const pieces = splitByScript([{ text: "المرجع: UA NOR 3/2026 — 紧急呼吁。" }, { text: " Page", bold: true }], "latin");
    expect(pieces.map((p) => [p.family, p.text, !!p.bold])).toEqual([
      ["arabic", "المرجع: ", false],
      ["latin", "UA NOR 3/2026 — ", false],
      ["cjk", "紧急呼吁。", false],
      ["cjk", " ", true],
      ["latin", "Page", true],
    ]);
  });

  it("gives leading punctuation the family after it, and a text of digits the letter's own", () => {
    expect(splitByScript([{ text: "12 آذار" }], "latin").map((p) => p.family)).toEqual(["arabic"]);
    expect(splitByScript([{ text: "3/2026" }], "cjk").map((p) => p.family)).toEqual(["cjk"]);
  });
});

describe("bidiLines", () => {
  it("orders a right-to-left line: Arabic given to fontkit as written, the Latin reference kept in order", () => {
    // Visual order, left to right: the type, the dash, the reference, the label.
    expect(visual("المرجع: UA NOR 3/2026 — نداء عاجل")).toEqual([
      [
        ["arabic", "نداء عاجل"],
        ["latin", " — "],
        ["latin", "UA NOR 3/2026"],
        ["arabic", "المرجع: "],
      ],
    ]);
  });

  it("mirrors brackets and quotes in right-to-left text, and keeps numbers left to right", () => {
    expect(visual("(المرجع) في 12 آذار/مارس 2026.")).toEqual([
      [
        ["arabic", "."],
        ["arabic", "2026"],
        ["arabic", " آذار/مارس "],
        ["arabic", "12"],
        ["arabic", ")المرجع( في "],
      ],
    ]);
    expect(visual("«الحالة»")).toEqual([[["arabic", "»الحالة«"]]]);
  });

  it("reverses by hand a right-to-left piece of punctuation alone, which fontkit would leave", () => {
    // "»: " follows a Latin word (so DejaVu draws it) but runs right to left before the Arabic word.
    expect(visual("نداء UA»: عاجل")).toEqual([
      [
        ["arabic", "عاجل"],
        ["latin", " :«"],
        ["latin", "UA"],
        ["arabic", "نداء "],
      ],
    ]);
  });

  it("wraps at spaces within the width, and at line breaks", () => {
    const lines = bidiLines(splitByScript([{ text: "واحد اثنان ثلاثة أربعة\nخمسة" }], "arabic"), 12, measure, "rtl");
    expect(lines.map((l) => l.atoms.map((a) => a.logical).join(""))).toEqual(["واحد اثنان", "ثلاثة أربعة", "خمسة"]);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(12);
  });

  it("puts an Arabic phrase in a left-to-right line where it belongs", () => {
    expect(visual("Mission — بعثة النرويج — Norway", 1000, "ltr")).toEqual([
      [
        ["latin", "Mission — "],
        ["arabic", "بعثة النرويج"],
        ["arabic", " — "],
        ["latin", "Norway"],
      ],
    ]);
  });
});
