// The languages mail is written in (issue 15, item 3) are the interface's six (./config.ts): these
// names say "mail" where a mail's language is meant. The translator is in mail-locale.ts.
import { DEFAULT_LOCALE, isLocale, LOCALE_NAMES, LOCALES, type Locale } from "./config";

export const MAIL_LOCALES = LOCALES;
export type MailLocale = Locale;
export const MAIL_LOCALE_NAMES = LOCALE_NAMES;
export const isMailLocale = isLocale;

/** The language to write to someone in: their stored choice when it is one of the six, else English. */
export function mailLocale(value: unknown): MailLocale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
