// R8: a person at risk is never published by one careless click. Pure functions that find the names
// of the people concerned by a reprisal case in another text (the public summary, before saving and
// before clearing) and mask them (what a mandate holder reads of a strictly confidential case).
//
// What counts as a name, and what as "the same name" (deliberately strict — a false alarm costs the
// secretariat a rewording, a miss can cost a life):
// - "People affected" is free text. Brackets and parentheses are roles or remarks ("Aziza Karimova
//   (journalist)"), not names. Every other word starting with a capital letter is a part of a name,
//   except a few titles and generic words (Mr, Mrs, Dr, Family, Sample…) and particles (de, van, al…).
// - A part of a name is found as a whole word, whatever its case and accents (NFD, marks dropped:
//   "Karimová" = "KARIMOVA" = "karimova"), on its own: "Karimova", "A. Karimova", "Karimova A." and
//   "Karimova Aziza" are all found, since the family name alone identifies a person. Parts of one
//   letter are not names on their own.
// - Initials: for a person with two or three parts ("Aziza Karimova", one person per line or
//   separated by ";" or " and "), the initials in capitals, in either order, with or without dots or
//   spaces: "AK", "A.K.", "A. K.", "KA".

/** Capitalised words that are not names in "People affected". Compared once normalised. */
const NOT_NAMES = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "sr",
  "sra",
  "mme",
  "mlle",
  "m",
  "the",
  "and",
  "a",
  "an",
  "of",
  "family",
  "member",
  "members",
  "sample",
  "fictional",
  "unnamed",
  "unknown",
  "anonymous",
  "defender",
  "defenders",
  "journalist",
  "lawyer",
]);
/** Particles of names: part of the name, too common to be one on their own. */
const PARTICLES = new Set([
  "de",
  "da",
  "das",
  "do",
  "dos",
  "du",
  "del",
  "della",
  "di",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "el",
  "al",
  "bin",
  "ben",
  "ibn",
  "y",
  "e",
]);

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Lower case, accents and other marks removed, curly apostrophes straightened. */
export function normaliseName(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/’/g, "'").toLowerCase();
}

/** Without diacritics but with its case (to read initials). */
function stripMarks(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "");
}

function withoutRemarks(text: string): string {
  return text.replace(/\([^)]*\)|\[[^\]]*\]/g, " ");
}

/** The people listed in "People affected": each as the parts of their name, in order. */
export function personsIn(personsConcerned: string): string[][] {
  return withoutRemarks(personsConcerned)
    .split(/[;\n\r]+|\s+(?:and|et|y|e)\s+/)
    .map((entry) =>
      [...entry.matchAll(WORD)]
        .map((m) => m[0])
        .filter((w) => /^\p{Lu}/u.test(stripMarks(w)))
        .filter((w) => !NOT_NAMES.has(normaliseName(w)) && !PARTICLES.has(normaliseName(w))),
    )
    .filter((parts) => parts.length > 0);
}

/** The normalised name parts that, on their own, identify someone. */
function nameParts(persons: string[][]): Set<string> {
  return new Set(
    persons
      .flat()
      .map(normaliseName)
      .filter((p) => p.length >= 2),
  );
}

/** Initials of each person of 2–3 parts, in both orders, as a pattern on the text without marks. */
function initialsPatterns(persons: string[][]): RegExp[] {
  const patterns: RegExp[] = [];
  for (const parts of persons) {
    if (parts.length < 2 || parts.length > 3) continue;
    const letters = parts.map((p) => stripMarks(p)[0]!.toUpperCase());
    for (const order of [letters, [...letters].reverse()]) {
      const body = order.map((l) => `${l}\\.?`).join("\\s?");
      patterns.push(new RegExp(`(?<![\\p{L}\\p{M}])${body}(?![\\p{L}\\p{M}])`, "gu"));
    }
  }
  return patterns;
}

type Span = { start: number; end: number; text: string };

function spansOf(text: string, personsConcerned: string): Span[] {
  const persons = personsIn(personsConcerned);
  const parts = nameParts(persons);
  const spans: Span[] = [];
  for (const m of text.matchAll(WORD)) {
    if (parts.has(normaliseName(m[0]))) {
      spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      continue;
    }
    // "Karimova's", "d'Ortiz": each side of an apostrophe too (hyphens already split words).
    let at = m.index;
    for (const piece of m[0].split(/['’]/)) {
      if (parts.has(normaliseName(piece))) spans.push({ start: at, end: at + piece.length, text: piece });
      at += piece.length + 1;
    }
  }
  // Initials are read on the text without marks; offsets[i] maps a position there back to the text.
  const offsets: number[] = [];
  let flat = "";
  let at = 0;
  for (const ch of text) {
    const plain = stripMarks(ch);
    for (let k = 0; k < plain.length; k++) offsets.push(at);
    flat += plain;
    at += ch.length;
  }
  offsets.push(at);
  for (const re of initialsPatterns(persons)) {
    for (const m of flat.matchAll(re)) {
      const start = offsets[m.index]!;
      const end = offsets[m.index + m[0].length]!;
      spans.push({ start, end, text: text.slice(start, end) });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The names (or initials) of people concerned that `text` contains, as written there; [] when none. */
export function findPersonNames(text: string, personsConcerned: string): string[] {
  return [...new Set(spansOf(text, personsConcerned).map((s) => s.text))];
}

export const MASK = "[…]";

/** `text` with every name or initials of the people concerned replaced by "[…]". */
export function maskPersonNames(text: string, personsConcerned: string): string {
  const spans = spansOf(text, personsConcerned);
  let out = "";
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + MASK;
    at = s.end;
  }
  return out + text.slice(at);
}
