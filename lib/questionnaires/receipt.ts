// The receipt a respondent gets on submitting an answer (R12): a short number and a mail.
import { GENEVA_TIME_ZONE } from "../core/geneva";

/** A short, stable receipt number derived from the answer's id. */
export function receiptNumber(responseId: string): string {
  return `CFI-${responseId.replace(/-/g, "").slice(0, 10).toUpperCase()}`;
}

export function receiptMailText(r: {
  title: string;
  respondentName: string;
  submittedAt: Date;
  receipt: string;
  mayPublish: boolean;
  url: string;
}) {
  const at = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE }).format(r.submittedAt);
  const text = [
    `Dear ${r.respondentName},`,
    "",
    `Your answer to the call for input "${r.title}" was received on ${at} (Geneva time).`,
    `Receipt number: ${r.receipt}`,
    r.mayPublish
      ? "You allowed its publication: it will appear under the call on the public page after the deadline."
      : "You did not allow its publication: it is shared only with the mandate holder(s) and the secretariat.",
    "",
    `You can see what you submitted in SP Portal: ${r.url}`,
  ].join("\n");
  return { subject: `Receipt ${r.receipt} — ${r.title}`, text };
}
