// The mails a source gets about its submission, in the language it used to send it (the form's
// interface language): the receipt with its private link, a question from the secretariat, and the
// closing of the submission. Never the content of a letter, never a triage detail.
import { mailTranslator } from "../i18n/mail-locale";

export type CaseMail =
  | { kind: "receipt"; receipt: string; link: string; urgent: boolean }
  | { kind: "question"; receipt: string; question: string }
  | { kind: "closed"; receipt: string; declined: boolean; note: string | null };

export function caseMailText(language: string, mail: CaseMail): { subject: string; text: string } {
  // Any of the six UN languages the form was in; English otherwise.
  const { t } = mailTranslator(language, "cases.mail");
  const footer = ["", t("footer")];
  switch (mail.kind) {
    case "receipt":
      return {
        subject: t("receiptSubject", { receipt: mail.receipt }),
        text: [
          t("receiptIntro", { receipt: mail.receipt }),
          ...(mail.urgent ? ["", t("receiptUrgent")] : []),
          "",
          t("receiptLink"),
          mail.link,
          "",
          t("receiptKeep"),
          ...footer,
        ].join("\n"),
      };
    case "question":
      return {
        subject: t("questionSubject", { receipt: mail.receipt }),
        text: [t("questionIntro", { receipt: mail.receipt }), "", mail.question, "", t("questionHow"), ...footer].join("\n"),
      };
    case "closed":
      return {
        subject: t("closedSubject", { receipt: mail.receipt }),
        text: [
          t(mail.declined ? "declinedIntro" : "closedIntro", { receipt: mail.receipt }),
          ...(mail.note ? ["", mail.note] : []),
          ...footer,
        ].join("\n"),
      };
  }
}
