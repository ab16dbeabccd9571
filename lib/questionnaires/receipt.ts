// The receipt a respondent gets on submitting an answer (R12): a short number and a mail.
import { GENEVA_TIME_ZONE } from "../core/geneva";
import { mailIntlLocale, mailTranslator } from "../i18n/mail-locale";

/** A short, stable receipt number derived from the answer's id. */
export function receiptNumber(responseId: string): string {
  return `CFI-${responseId.replace(/-/g, "").slice(0, 10).toUpperCase()}`;
}

export function receiptMailText(r: {
  /** The respondent's language: User.locale, or the page a guest confirmed on (en when absent). */
  locale?: string;
  title: string;
  respondentName: string;
  submittedAt: Date;
  receipt: string;
  mayPublish: boolean;
  url: string;
}) {
  const { locale, t } = mailTranslator(r.locale, "mailText.receipt");
  const at = new Intl.DateTimeFormat(mailIntlLocale(locale), { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }).format(
    r.submittedAt,
  );
  const text = [
    t("greeting", { name: r.respondentName }),
    "",
    t("received", { title: r.title, at }),
    t("number", { receipt: r.receipt }),
    t(r.mayPublish ? "mayPublish" : "private"),
    "",
    t("portal", { url: r.url }),
  ].join("\n");
  return { subject: t("subject", { receipt: r.receipt, title: r.title }), text };
}
