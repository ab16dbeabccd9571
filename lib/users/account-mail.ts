// The mails that carry an account link, in the language of the account (User.locale): the invitation
// to choose a first password, and the link to choose a new one. Pure: the links are built by the caller.
import { createTranslator } from "next-intl";
import { MESSAGES } from "../i18n/messages";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/config";
import { GENEVA_TIME_ZONE } from "../core/geneva";

type Person = { name: string; email: string; locale: string };

function translator(locale: string) {
  const l: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return { locale: l, t: createTranslator({ locale: l, messages: MESSAGES[l] as never, namespace: "accountMail" as never }) };
}

export function passwordResetMail(person: Person, url: string): { subject: string; text: string } {
  const { t } = translator(person.locale);
  const tr = t as unknown as (key: string, values?: Record<string, string>) => string;
  return { subject: tr("resetSubject"), text: tr("resetBody", { name: person.name, email: person.email, url }) };
}

export function invitationMail(person: Person, url: string, expiresAt: Date): { subject: string; text: string } {
  const { locale, t } = translator(person.locale);
  const tr = t as unknown as (key: string, values?: Record<string, string>) => string;
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }).format(expiresAt);
  return { subject: tr("invitationSubject"), text: tr("invitationBody", { name: person.name, email: person.email, url, expires }) };
}
