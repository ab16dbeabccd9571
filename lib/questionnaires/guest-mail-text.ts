// The mails to a person answering a call without an account (issue 17, item 3), in the language of
// the page it answered on. Pure: the links are built by the caller.
import { mailIntlLocale, mailTranslator } from "../i18n/mail-locale";
import { GENEVA_TIME_ZONE } from "../core/geneva";

function translator(locale: string) {
  return mailTranslator(locale, "guestAnswerMail");
}

/** The link that makes the answer count, valid until `expiresAt` (the deadline at the latest). */
export function guestConfirmationMail(m: { locale: string; name: string; title: string; url: string; expiresAt: Date }) {
  const { locale, t } = translator(m.locale);
  // English, French and Spanish keep the form their mails always had.
  const tag = locale === "en" || locale === "fr" || locale === "es" ? locale : mailIntlLocale(locale);
  const expires = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }).format(m.expiresAt);
  const values = { name: m.name, title: m.title, url: m.url, expires };
  return { subject: t("confirmSubject", values), text: t("confirmBody", values) };
}

/** This address already answered the call, and its answer counts: a second one is not taken. */
export function guestAlreadyAnsweredMail(m: { locale: string; name: string; title: string }) {
  const { t } = translator(m.locale);
  const values = { name: m.name, title: m.title };
  return { subject: t("alreadyAnsweredSubject", values), text: t("alreadyAnsweredBody", values) };
}
