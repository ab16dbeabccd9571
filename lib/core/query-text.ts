// Free text from a query string (search words, names). Tabs and line breaks count as spaces; any
// other control character (NUL, which PostgreSQL refuses in text, ESC, DEL, C1…) or a broken UTF-16
// surrogate makes the value unusable: null, refused by the caller with a named error.
const LINE_SPACE = /[\t\n\r]/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /\p{Cs}/u;

export function cleanQueryText(raw: string): string | null {
  if (LONE_SURROGATE.test(raw)) return null;
  const spaced = raw.replace(LINE_SPACE, " ");
  if (CONTROL.test(spaced)) return null;
  return spaced.trim();
}
