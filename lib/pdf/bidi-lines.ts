// Right-to-left text for pdfkit, which has no bidi algorithm of its own: it wraps and draws
// text in logical order, and fontkit reverses a whole run once it sees an Arabic letter in it — so
// "المرجع: UA NOR 3/2026" would come out with the reference spelled backwards. Here the paragraph
// is wrapped into lines, the Unicode Bidirectional Algorithm (bidi-js) gives every character its
// level, and each line is cut into pieces of one level and one font, put in visual order (UAX #9,
// L2) and handed over so that fontkit's own reversal does the rest: an Arabic piece goes in logical
// order (fontkit shapes the joined letter forms, then reverses), a Latin or number piece as it is,
// and a piece of right-to-left punctuation only reversed by hand. Pure: measuring is a callback.
import bidiFactory from "bidi-js";
import type { Piece } from "./script-runs";

const bidi = bidiFactory();

/** One piece of a line, in visual order, as pdfkit must be given it; `logical` is its text as written. */
export type VisualAtom = Piece & { width: number; logical: string };
export type VisualLine = { atoms: VisualAtom[]; width: number };

// Scripts fontkit lays out right to left (it reverses the glyphs of a run whose first letter is one of these).
const RTL_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const NO_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}\p{Cn}]/u;

function fontkitReverses(text: string): boolean {
  for (const char of text) if (!NO_SCRIPT.test(char)) return RTL_SCRIPT.test(char);
  return false;
}

/** The text as pdfkit must receive it to show `text` in the given direction. */
function forPdfkit(text: string, rightToLeft: boolean): string {
  // Brackets and quotes face the other way in right-to-left text; fontkit does not mirror them.
  const shown = rightToLeft ? Array.from(text, (c) => bidi.getMirroredCharacter(c) ?? c).join("") : text;
  return rightToLeft === fontkitReverses(shown) ? shown : Array.from(shown).reverse().join("");
}

type Measure = (text: string, piece: Piece) => number;

/**
 * Wraps a paragraph to `width` (at spaces, and at "\n") and returns its lines, each with its pieces
 * in visual order, left to right. `direction` is the paragraph's: "rtl" in an Arabic letter, "ltr"
 * for a paragraph of another letter that quotes Arabic.
 */
export function bidiLines(pieces: Piece[], width: number, measure: Measure, direction: "rtl" | "ltr"): VisualLine[] {
  const text = pieces.map((p) => p.text).join("");
  if (!text) return [];
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  const owner: number[] = [];
  pieces.forEach((p, i) => {
    for (let k = 0; k < p.text.length; k++) owner.push(i);
  });

  /** Width of text[start, end) in logical order, piece by piece. */
  const widthOf = (start: number, end: number) => {
    let sum = 0;
    for (let i = start; i < end;) {
      let j = i;
      while (j < end && owner[j] === owner[i]) j++;
      sum += measure(text.slice(i, j), pieces[owner[i]!]!);
      i = j;
    }
    return sum;
  };

  // Words: a break may come after any run of spaces; "\n" always breaks.
  const lines: [number, number][] = [];
  let lineStart = 0;
  let lineEnd = 0; // end of the last word that fits, spaces after it excluded
  const wordRe = /[^\s]*[^\S\n]*(\n)?/gy;
  let cursor = 0;
  while (cursor < text.length) {
    wordRe.lastIndex = cursor;
    const m = wordRe.exec(text)!;
    const wordEnd = cursor + m[0].length;
    const trimmedEnd = cursor + m[0].replace(/\s+$/, "").length;
    if (lineEnd > lineStart && widthOf(lineStart, trimmedEnd) > width) {
      lines.push([lineStart, lineEnd]);
      lineStart = cursor;
    }
    lineEnd = trimmedEnd;
    cursor = wordEnd;
    if (m[1]) {
      lines.push([lineStart, lineEnd]);
      lineStart = lineEnd = cursor;
    }
  }
  if (lineEnd > lineStart) lines.push([lineStart, lineEnd]);

  return lines.map(([start, end]) => {
    // Atoms: maximal runs of one level and one piece.
    const atoms: { start: number; end: number; level: number }[] = [];
    for (let i = start; i < end;) {
      let j = i;
      while (j < end && levels[j] === levels[i] && owner[j] === owner[i]) j++;
      atoms.push({ start: i, end: j, level: levels[i]! });
      i = j;
    }
    // UAX #9, L2: from the highest level down to the lowest odd one, reverse every run of atoms at that level or above.
    const highest = Math.max(...atoms.map((a) => a.level));
    const lowestOdd = Math.min(...atoms.map((a) => (a.level % 2 ? a.level : a.level + 1)));
    for (let level = highest; level >= lowestOdd; level--) {
      for (let i = 0; i < atoms.length;) {
        if (atoms[i]!.level < level) {
          i++;
          continue;
        }
        let j = i;
        while (j < atoms.length && atoms[j]!.level >= level) j++;
        atoms.splice(i, j - i, ...atoms.slice(i, j).reverse());
        i = j;
      }
    }
    const visual = atoms.map((a) => {
      const piece = pieces[owner[a.start]!]!;
      const logical = text.slice(a.start, a.end);
      const shown = forPdfkit(logical, a.level % 2 === 1);
      return { ...piece, text: shown, logical, width: measure(shown, piece) };
    });
    return { atoms: visual, width: visual.reduce((sum, a) => sum + a.width, 0) };
  });
}
