// Mail is written in its recipient's language, outside any request (background jobs have none), with
// next-intl's createTranslator, from the interface's catalogs of the six UN languages (issue 15, item 3).
import { createTranslator } from "next-intl";
import { MESSAGES } from "./messages";
import { localized, type Localized } from "./localized";
import { mailLocale, type MailLocale } from "./mail-languages";

export { MAIL_LOCALES, MAIL_LOCALE_NAMES, isMailLocale, mailLocale, type MailLocale } from "./mail-languages";

type Catalog = Record<string, unknown>;

// The interface's catalogs hold the mail texts too (accountMail, cases.mail, mailText, notifications,
// organisationMail, guestAnswerMail).
const CATALOGS: Record<MailLocale, Catalog> = MESSAGES;

/** The mail catalog of one language (for the catalog tests). */
export function mailCatalog(locale: MailLocale): Catalog {
  return CATALOGS[locale];
}

export type MailT = (key: string, values?: Record<string, string | number>) => string;

/**
 * A translator for one recipient's language, under `namespace` (e.g. "mailText.letter"). Keys are
 * checked by the catalog tests rather than by TypeScript: the six catalogs are not all typed alike.
 */
export function mailTranslator(locale: unknown, namespace?: string, options: { lenient?: boolean } = {}): { locale: MailLocale; t: MailT } {
  const l = mailLocale(locale);
  const t = createTranslator({
    locale: l,
    messages: CATALOGS[l] as never,
    namespace: namespace as never,
    // A notification row written long ago may lack a parameter: its text shows without it.
    ...(options.lenient ? { onError: () => undefined, getMessageFallback: ({ key }: { key: string }) => key } : {}),
  }) as unknown as MailT;
  return { locale: l, t };
}

// Dates in mail: the UN's own conventions per language (day month year; Western digits in Arabic,
// as UN Arabic documents write them).
const INTL_LOCALE: Record<MailLocale, string> = {
  en: "en-GB",
  fr: "fr-CH",
  es: "es-ES",
  ar: "ar-u-nu-latn",
  zh: "zh-CN",
  ru: "ru-RU",
};

/** The locale tag to give Intl for dates and numbers in a mail of this language. */
export function mailIntlLocale(locale: MailLocale): string {
  return INTL_LOCALE[locale];
}

/** Joins mandate titles and similar names the way each language separates items of a list. */
export function mailList(locale: MailLocale, items: string[]): string {
  const separator: Record<MailLocale, string> = { en: "; ", fr: " ; ", es: "; ", ar: "؛ ", zh: "；", ru: "; " };
  return items.join(separator[locale]);
}

/** A State's name or a mandate's title in the mail's language (the columns of the six languages). */
export function mailName<K extends string>(record: Localized<K>, key: K, locale: MailLocale): string {
  return localized(record, key, locale);
}
