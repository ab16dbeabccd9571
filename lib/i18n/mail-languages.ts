// The six UN languages mail is written in (issue 15, item 3), without the catalogs: a form in the
// browser may list them. The translator is in mail-locale.ts.
export const MAIL_LOCALES = ["en", "fr", "es", "ar", "zh", "ru"] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

/** Each language by its own name, as a language menu shows it. */
export const MAIL_LOCALE_NAMES: Record<MailLocale, string> = {
  en: "English",
  fr: "Français",
  es: "Español",
  ar: "العربية",
  zh: "中文",
  ru: "Русский",
};

export function isMailLocale(value: unknown): value is MailLocale {
  return typeof value === "string" && (MAIL_LOCALES as readonly string[]).includes(value);
}

/** The language to write to someone in: their stored choice when it is one of the six, else English. */
export function mailLocale(value: unknown): MailLocale {
  return isMailLocale(value) ? value : "en";
}
