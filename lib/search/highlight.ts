// ts_headline returns the stored text as is, with markers around the matching words. The text is
// not HTML: it is escaped first, then only the markers become <mark>. The markers are characters of
// Unicode's private-use area, which no letter contains (French text does contain « and »).

export const START_SEL = "\uE000";
export const STOP_SEL = "\uE001";

/** Options of ts_headline: these markers, and the whole text (subjects and summaries are short). */
export const HEADLINE_OPTIONS = `StartSel=${START_SEL}, StopSel=${STOP_SEL}, HighlightAll=true`;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** Safe HTML from a ts_headline result: escaped text, matching words in <mark>, stray markers removed. */
export function highlightToHtml(headline: string): string {
  return escapeHtml(headline)
    .replace(/\uE000([^\uE000\uE001]*)\uE001/g, "<mark>$1</mark>")
    .replace(/[\uE000\uE001]/g, "");
}
