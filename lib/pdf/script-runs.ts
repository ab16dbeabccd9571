// Which font draws which character: runs of text split where the script changes, so that Arabic
// goes to the Arabic font, Chinese to the Chinese one and the rest to DejaVu. Spaces, digits and
// punctuation belong to no script: they stay with the letters before them (after them at the start),
// so that an Arabic phrase with its spaces is one piece that fontkit shapes and orders as a whole.
// Pure; draw-blocks.ts draws the pieces.
import type { FontFamily } from "./fonts";
import type { Run } from "./markdown-blocks";

export type Piece = Run & { family: FontFamily };

const ARABIC = /\p{Script_Extensions=Arabic}/u;
// Han and the kana a Chinese text may quote, CJK punctuation (、。「」【】) and full-width forms (，；：（）).
const CJK =
  /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;
// What every font here draws (checked against Amiri and Noto Sans SC): ASCII spaces,
// digits and punctuation, the no-break space, the Latin-1 signs both fonts have (« » · § ° …) and
// the punctuation letters use (hyphen, dashes, quotes, bullet, ellipsis). Anything else without a
// script goes to DejaVu.
const SHARED =
  /[\t\n\r\x20-\x2f\x30-\x39\x3a-\x40\x5b-\x60\x7b-\x7e\u00a0-\u00a3\u00a5\u00a7-\u00a9\u00ab\u00ad-\u00b0\u00b4\u00b6-\u00b8\u00bb\u00bf\u2010\u2013\u2014\u2018-\u201a\u201c-\u201e\u2022\u2026]/;

function scriptOf(char: string): FontFamily | "shared" {
  if (ARABIC.test(char)) return "arabic";
  if (CJK.test(char)) return "cjk";
  if (SHARED.test(char)) return "shared";
  return "latin";
}

/**
 * The runs cut into pieces of one font family each, in logical order. `base` is the family of
 * text that has no script at all (a paragraph of digits): the letter's own language's.
 */
export function splitByScript(runs: Run[], base: FontFamily): Piece[] {
  const chars = runs.flatMap((run, r) => Array.from(run.text, (char) => ({ char, r, script: scriptOf(char) })));
  // Shared characters take the family before them, or failing that the one after them.
  const families: FontFamily[] = [];
  let before: FontFamily | null = null;
  chars.forEach((c, i) => {
    if (c.script !== "shared") before = c.script;
    families[i] = c.script === "shared" ? (before ?? base) : c.script;
  });
  const firstOwn = chars.findIndex((c) => c.script !== "shared");
  for (let i = 0; i < firstOwn; i++) families[i] = chars[firstOwn]!.script as FontFamily;

  const pieces: (Piece & { r: number })[] = [];
  chars.forEach((c, i) => {
    const family = families[i]!;
    const prev = pieces.at(-1);
    if (prev && prev.family === family && prev.r === c.r) prev.text += c.char;
    else pieces.push({ ...runs[c.r]!, text: c.char, family, r: c.r });
  });
  return pieces.map(({ r, ...piece }) => (void r, piece));
}
