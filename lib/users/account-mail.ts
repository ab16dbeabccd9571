// The mails that carry an account link, in the language of the account (User.locale, any of the six
// UN languages): the invitation to choose a first password, and the link to choose a new one. Pure: the
// links are built by the caller.
import { mailIntlLocale, mailTranslator } from "../i18n/mail-locale";
import { GENEVA_TIME_ZONE } from "../core/geneva";

type Person = { name: string; email: string; locale: string };

function translator(locale: string) {
  return mailTranslator(locale, "accountMail");
}

export function passwordResetMail(person: Person, url: string): { subject: string; text: string } {
  const { t } = translator(person.locale);
  return { subject: t("resetSubject"), text: t("resetBody", { name: person.name, email: person.email, url }) };
}

export function invitationMail(person: Person, url: string, expiresAt: Date): { subject: string; text: string } {
  const { locale, t } = translator(person.locale);
  // English, French and Spanish keep the form their mails always had.
  const tag = locale === "en" || locale === "fr" || locale === "es" ? locale : mailIntlLocale(locale);
  const expires = new Intl.DateTimeFormat(tag, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: GENEVA_TIME_ZONE,
  }).format(expiresAt);
  return { subject: t("invitationSubject"), text: t("invitationBody", { name: person.name, email: person.email, url, expires }) };
}
