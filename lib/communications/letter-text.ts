// The text of the mail that carries a letter to a Permanent Mission (R2). Never the confidential annex.
import { GENEVA_TIME_ZONE } from "../core/geneva";
import { publicationSentence } from "../pdf/letter-wording";

export function letterMailText(letter: {
  reference: string;
  mandateTitles: string[];
  addressee: string;
  subject: string;
  body: string;
  replyDueAt: Date;
  /** R5: what the letter says about publication follows the rule it was sent under. */
  publishRepliesOnReceipt: boolean;
  portalUrl: string;
}): { subject: string; text: string } {
  const due = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }).format(
    letter.replyDueAt,
  );
  const text = [
    `Reference: ${letter.reference}`,
    "",
    `Mandates of the ${letter.mandateTitles.join("; ")}`,
    "",
    `To: ${letter.addressee}`,
    "",
    `Subject: ${letter.subject}`,
    "",
    letter.body,
    "",
    `A reply is requested by ${due} (Geneva time). The letter, and the form to reply with annexes, are in SP Portal: ${letter.portalUrl}`,
    publicationSentence("en", letter.publishRepliesOnReceipt),
  ].join("\n");
  return { subject: `${letter.reference} — ${letter.subject}`, text };
}

export function portalBaseUrl(): string {
  return (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
