// Mail is written in its recipient's language, outside any request (background jobs have none), with
// next-intl's createTranslator. Mail speaks the six UN languages even while the interface offers fewer:
// the Arabic, Chinese and Russian catalogs of the areas that hold mail texts are loaded here, so a
// person or mission that chose one of them gets its mail in it (issue 15, item 3).
import { createTranslator } from "next-intl";
import { MESSAGES } from "./messages";
import { localized, type Localized } from "./localized";
import { mailLocale, type MailLocale } from "./mail-languages";
import accountsAr from "./messages/accounts/ar.json" with { type: "json" };
import accountsZh from "./messages/accounts/zh.json" with { type: "json" };
import accountsRu from "./messages/accounts/ru.json" with { type: "json" };
import casesAr from "./messages/cases/ar.json" with { type: "json" };
import casesZh from "./messages/cases/zh.json" with { type: "json" };
import casesRu from "./messages/cases/ru.json" with { type: "json" };
import mailAr from "./messages/mail/ar.json" with { type: "json" };
import mailZh from "./messages/mail/zh.json" with { type: "json" };
import mailRu from "./messages/mail/ru.json" with { type: "json" };
import notificationsAr from "./messages/notifications/ar.json" with { type: "json" };
import notificationsZh from "./messages/notifications/zh.json" with { type: "json" };
import notificationsRu from "./messages/notifications/ru.json" with { type: "json" };
import organisationsAr from "./messages/organisations/ar.json" with { type: "json" };
import organisationsZh from "./messages/organisations/zh.json" with { type: "json" };
import organisationsRu from "./messages/organisations/ru.json" with { type: "json" };
import questionnairesAr from "./messages/questionnaires/ar.json" with { type: "json" };
import questionnairesZh from "./messages/questionnaires/zh.json" with { type: "json" };
import questionnairesRu from "./messages/questionnaires/ru.json" with { type: "json" };

export { MAIL_LOCALES, MAIL_LOCALE_NAMES, isMailLocale, mailLocale, type MailLocale } from "./mail-languages";

type Catalog = Record<string, unknown>;

// The areas whose keys mail uses (accountMail, cases.mail, mailText, notifications, organisationMail,
// guestAnswerMail). English, French and Spanish come whole from the interface's catalogs.
const CATALOGS: Record<MailLocale, Catalog> = {
  en: MESSAGES.en,
  fr: MESSAGES.fr,
  es: MESSAGES.es,
  ar: Object.assign({}, accountsAr, casesAr, mailAr, notificationsAr, organisationsAr, questionnairesAr),
  zh: Object.assign({}, accountsZh, casesZh, mailZh, notificationsZh, organisationsZh, questionnairesZh),
  ru: Object.assign({}, accountsRu, casesRu, mailRu, notificationsRu, organisationsRu, questionnairesRu),
};

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
