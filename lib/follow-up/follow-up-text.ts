// The text of a reminder and of a follow-up letter (R16). Like the letter's own mail (letter-text.ts):
// the reference, the dates in Geneva time and the portal link; never the letter's confidential annex.
import type { FollowUpKind } from "./rules";
import { GENEVA_TIME_ZONE } from "../core/geneva";
import { publicationSentence } from "../pdf/letter-wording";

const genevaDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: GENEVA_TIME_ZONE });
const genevaDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE });

export function followUpMailText(m: {
  kind: FollowUpKind;
  reference: string;
  mandateTitles: string[];
  addressee: string;
  subject: string;
  sentAt: Date;
  replyDueAt: Date;
  /** R5: the publication rule the letter was sent under, repeated as the letter said it. */
  publishRepliesOnReceipt: boolean;
  portalUrl: string;
}): { subject: string; text: string } {
  const sent = genevaDate.format(m.sentAt);
  const due = genevaDateTime.format(m.replyDueAt);
  const body =
    m.kind === "reminder"
      ? [
          `The communication ${m.reference}, sent on ${sent}, requests a reply by ${due} (Geneva time). No reply has been received so far.`,
          publicationSentence("en", m.publishRepliesOnReceipt),
        ]
      : [
          `The communication ${m.reference}, sent on ${sent}, requested a reply by ${due} (Geneva time). No reply has been received to date.`,
          "The mandate holders would be grateful for a reply at the earliest opportunity. Any reply will be made public in the communications database as soon as it is received, and the communication is reported as unanswered in the joint communications report to the Human Rights Council until then.",
        ];
  const text = [
    `Reference: ${m.reference}`,
    "",
    `${m.kind === "reminder" ? "Reminder" : "Follow-up letter"} from the mandates of the ${m.mandateTitles.join("; ")}`,
    "",
    `To: ${m.addressee}`,
    "",
    `Subject: ${m.subject}`,
    "",
    ...body,
    "",
    `The letter, and the form to reply with annexes, are in SP Portal: ${m.portalUrl}`,
  ].join("\n");
  const label = m.kind === "reminder" ? "Reminder" : "Follow-up";
  return { subject: `${label}: ${m.reference} — ${m.subject}`, text };
}
