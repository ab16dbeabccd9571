// The languages a text may be written in (R5: a State replies in any language): the codes of ISO 639
// from the `iso-639-3` package (the registration authority's table: every ISO 639-3 code with its
// ISO 639-1 equivalent), their names in the reader's language from Intl.DisplayNames (CLDR data in
// Node's and the browser's ICU), falling back to the table's English name where CLDR has none.
// A language is stored as its two-letter ISO 639-1 code when it has one ("nor" → "no"), else as its
// ISO 639-3 code ("smj", Lule Sami).
import { iso6393 } from "iso-639-3";

type Language = { code: string; englishName: string };

// Individual languages and macrolanguages: not the "special" codes (mis, mul, und, zxx).
const LANGUAGES: Language[] = iso6393
  .filter((l) => l.type !== "special")
  .map((l) => ({ code: l.iso6391 ?? l.iso6393, englishName: l.name }));
const BY_CODE = new Map(LANGUAGES.map((l) => [l.code, l]));
const TO_STORED = new Map(iso6393.filter((l) => l.type !== "special").map((l) => [l.iso6393, l.iso6391 ?? l.iso6393]));

/** The stored code of an ISO 639-1 or ISO 639-3 code (any case, spaces trimmed), or null if there is none. */
export function normalizeLanguageCode(input: string): string | null {
  const code = input.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/.test(code)) return null;
  if (BY_CODE.has(code)) return code;
  return TO_STORED.get(code) ?? null;
}

/** The name of a language in the reader's language ("Norwegian", "norvégien", "noruego"); the code if unknown. */
export function languageName(code: string, locale: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: "language", fallback: "none" }).of(code);
  } catch {
    name = undefined;
  }
  if (name && name !== code) return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  return BY_CODE.get(code)?.englishName ?? code;
}

const optionsByLocale = new Map<string, { value: string; label: string }[]>();

/**
 * The languages offered in a select: every language with an ISO 639-1 code (184), named and sorted in
 * the reader's language. Any other language is given by its ISO 639-3 code. Derived from constant
 * data only, so it is computed once per locale.
 */
export function languageOptions(locale: string): { value: string; label: string }[] {
  const known = optionsByLocale.get(locale);
  if (known) return known;
  const collator = new Intl.Collator(locale);
  const options = LANGUAGES.filter((l) => l.code.length === 2)
    .map((l) => ({ value: l.code, label: languageName(l.code, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  optionsByLocale.set(locale, options);
  return options;
}
