// The text of the mail that carries a letter to a Permanent Mission (R2), in the mission's language
// (State.locale; recipients.ts says why one language for all copies). The letter's own subject and
// body stay as the holders wrote them. Never the confidential annex.
import { GENEVA_TIME_ZONE } from "../core/geneva";
import { mailIntlLocale, mailList, mailTranslator } from "../i18n/mail-locale";

export function letterMailText(letter: {
  /** The mission's language (en when absent). */
  locale?: string;
  reference: string;
  /** Already in the mail's language where the database has it (mailName). */
  mandateTitles: string[];
  addressee: string;
  subject: string;
  body: string;
  replyDueAt: Date;
  /** R5: what the letter says about publication follows the rule it was sent under. */
  publishRepliesOnReceipt: boolean;
  portalUrl: string;
}): { subject: string; text: string } {
  const { locale, t } = mailTranslator(letter.locale, "mailText.letter");
  const due = new Intl.DateTimeFormat(mailIntlLocale(locale), { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }).format(
    letter.replyDueAt,
  );
  const text = [
    t("reference", { reference: letter.reference }),
    "",
    t("mandates", { titles: mailList(locale, letter.mandateTitles) }),
    "",
    t("to", { addressee: letter.addressee }),
    "",
    t("subjectLine", { subject: letter.subject }),
    "",
    letter.body,
    "",
    t("replyBy", { due, url: letter.portalUrl }),
    t(letter.publishRepliesOnReceipt ? "publicationOnReceipt" : "publicationAfterPeriod"),
  ].join("\n");
  return { subject: `${letter.reference} — ${letter.subject}`, text };
}

export function portalBaseUrl(): string {
  return (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
