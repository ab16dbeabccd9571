// The text of a reminder and of a follow-up letter (R16), in the addressee mission's language like the
// letter's own mail (letter-text.ts): the reference, the dates in Geneva time and the portal link;
// never the letter's confidential annex. The letter's subject stays as written.
import type { FollowUpKind } from "./rules";
import { GENEVA_TIME_ZONE } from "../core/geneva";
import { mailIntlLocale, mailList, mailTranslator } from "../i18n/mail-locale";

export function followUpMailText(m: {
  /** The mission's language (en when absent). */
  locale?: string;
  kind: FollowUpKind;
  reference: string;
  /** Already in the mail's language where the database has it (mailName). */
  mandateTitles: string[];
  addressee: string;
  subject: string;
  sentAt: Date;
  replyDueAt: Date;
  /** R5: the publication rule the letter was sent under, repeated as the letter said it. */
  publishRepliesOnReceipt: boolean;
  portalUrl: string;
}): { subject: string; text: string } {
  const { locale, t } = mailTranslator(m.locale, "mailText");
  const intl = mailIntlLocale(locale);
  const sent = new Intl.DateTimeFormat(intl, { dateStyle: "long", timeZone: GENEVA_TIME_ZONE }).format(m.sentAt);
  const due = new Intl.DateTimeFormat(intl, { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }).format(m.replyDueAt);
  const values = { reference: m.reference, sent, due };
  const body =
    m.kind === "reminder"
      ? [t("followUp.reminderBody", values), t(m.publishRepliesOnReceipt ? "letter.publicationOnReceipt" : "letter.publicationAfterPeriod")]
      : [t("followUp.followUpBody", values), t("followUp.followUpRequest")];
  const titles = mailList(locale, m.mandateTitles);
  const text = [
    t("letter.reference", { reference: m.reference }),
    "",
    t(m.kind === "reminder" ? "followUp.reminderFrom" : "followUp.followUpFrom", { titles }),
    "",
    t("letter.to", { addressee: m.addressee }),
    "",
    t("letter.subjectLine", { subject: m.subject }),
    "",
    ...body,
    "",
    t("followUp.portal", { url: m.portalUrl }),
  ].join("\n");
  const subject = t(m.kind === "reminder" ? "followUp.reminderSubject" : "followUp.followUpSubject", {
    reference: m.reference,
    subject: m.subject,
  });
  return { subject, text };
}
