// The mails of organisation accounts (issue 17, item 3), in the language of the person they go to
// (the secretariat's notice in English, like its other mails). Pure: the links are built by the caller.
import { mailIntlLocale, mailTranslator } from "../i18n/mail-locale";
import { GENEVA_TIME_ZONE } from "../core/geneva";

type Mail = { subject: string; text: string };
type Values = Record<string, string>;

function translator(locale: string) {
  return mailTranslator(locale, "organisationMail");
}

function mail(locale: string, key: string, values: Values): Mail {
  const { t } = translator(locale);
  return { subject: t(`${key}Subject`, values), text: t(`${key}Body`, values) };
}

function when(locale: string, at: Date): string {
  const l = translator(locale).locale;
  // English, French and Spanish keep the form their mails always had.
  const tag = l === "en" || l === "fr" || l === "es" ? l : mailIntlLocale(l);
  return new Intl.DateTimeFormat(tag, { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }).format(at);
}

/** To the contact who registered: the link that confirms the address (and so the registration). */
export function confirmationMail(m: { locale: string; name: string; organisation: string; url: string; expiresAt: Date }): Mail {
  return mail(m.locale, "confirm", { name: m.name, organisation: m.organisation, url: m.url, expires: when(m.locale, m.expiresAt) });
}

/**
 * To an address that already has an account, when someone registers an organisation with it: the
 * form's answer is the same as for a new address, so only the owner of the mailbox learns it.
 */
export function alreadyRegisteredMail(m: { locale: string; email: string; signInUrl: string; resetUrl: string }): Mail {
  return mail(m.locale, "alreadyRegistered", { email: m.email, signInUrl: m.signInUrl, resetUrl: m.resetUrl });
}

/** To the secretariat's mailbox: a confirmed registration waits for its decision. */
export function registrationNoticeMail(m: { organisation: string; country: string; website: string; url: string }): Mail {
  return mail("en", "notice", m);
}

/** To the organisation's contact: the secretariat's decision (with its reason, for a refusal). */
export function decisionMail(m: {
  locale: string;
  name: string;
  organisation: string;
  decision: "approve" | "refuse";
  reason: string | null;
  url: string;
}): Mail {
  return m.decision === "approve"
    ? mail(m.locale, "approved", { name: m.name, organisation: m.organisation, url: m.url })
    : mail(m.locale, "refused", { name: m.name, organisation: m.organisation, reason: m.reason ?? "" });
}
