// Chinese and Japanese (and Thai, Lao, Khmer, Burmese) are written without spaces between words.
// PostgreSQL's text-search parser splits words at spaces and punctuation only, so a whole Chinese
// clause would be one "word" and a search for a word inside it would find nothing. Node's
// Intl.Segmenter (ICU's word dictionaries) finds the words; `spaceWords` puts a space between them.
// The same function prepares a reply before it is indexed (CommunicationReply.bodyWords) and the
// visitor's query (lib/search/search-filters.ts), so both are split the same way.

/** A character of a script written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

// ICU finds Chinese and Japanese words by one dictionary whatever the locale; "zh" says what we mean.
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** ASCII punctuation and symbols: already word breaks for PostgreSQL, and websearch_to_tsquery's operators (-, "). */
const ASCII_MARK = /^[!-/:-@[-`{-~]+$/;

export function hasUnspacedScript(text: string): boolean {
  return UNSPACED.test(text);
}

/**
 * `text` with a space between two neighbouring words (or a word and a non-ASCII punctuation mark,
 * which PostgreSQL may take for a letter) whenever one of them is in a script written without
 * spaces. Text without such a script comes back unchanged. A query keeps its operators: "-拘留"
 * stays a negation and a quoted phrase stays a phrase (of the words found in it).
 */
export function spaceWords(text: string): string {
  if (!UNSPACED.test(text)) return text;
  let out = "";
  let previous = "";
  for (const { segment } of segmenter.segment(text)) {
    if (
      previous &&
      (UNSPACED.test(previous) || UNSPACED.test(segment)) &&
      !/\s$/u.test(previous) &&
      !/^\s/u.test(segment) &&
      !ASCII_MARK.test(previous) &&
      !ASCII_MARK.test(segment)
    ) {
      out += " ";
    }
    out += segment;
    previous = segment;
  }
  return out;
}

/** What the full-text index reads instead of `text`: its words spaced, or null when it needs nothing (stored as NULL). */
export function indexedWords(text: string): string | null {
  const spaced = spaceWords(text);
  return spaced === text ? null : spaced;
}
