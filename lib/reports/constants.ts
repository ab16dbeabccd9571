// R19: the vocabulary of reports — pure, no imports, safe for client components.

export const REPORT_BODIES = ["HRC", "GA"] as const;
export type ReportBodyCode = (typeof REPORT_BODIES)[number];
export const REPORT_KINDS = ["THEMATIC", "COUNTRY_VISIT", "OTHER"] as const;

/** The official languages a report's documents come in, in the order the UN lists them. */
export const REPORT_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** Each language by its own name (with lang= on the element), the same in every interface language. */
export const LANGUAGE_NAMES: Record<ReportLanguage, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** The session's path segment: "hrc" or "ga". */
export function bodySlug(body: ReportBodyCode): string {
  return body.toLowerCase();
}

/** The body of a session path segment, or null. */
export function bodyOfSlug(slug: string): ReportBodyCode | null {
  const upper = slug.toUpperCase();
  return (REPORT_BODIES as readonly string[]).includes(upper) ? (upper as ReportBodyCode) : null;
}

/** The public page of a session: /sessions/hrc/61. */
export function sessionPath(body: ReportBodyCode, session: number): string {
  return `/sessions/${bodySlug(body)}/${session}`;
}
