import "server-only";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { renderLetterPdf } from "../pdf/letter-pdf";
import { isLetterLocale, WORDING } from "../pdf/letter-wording";
import { localized } from "../i18n/localized";
import { getCommunication } from "./get-communication";
import { getPublicCommunication } from "./find-public-communications";

/** The letter as PDF: through the actor's scope when signed in, else only when public. No annex. */
export async function communicationPdf({ actor, communicationId }: { actor: Actor | null; communicationId: string }) {
  const c = actor
    ? await getCommunication({ actor, communicationId }).catch(async (err) => {
        if (err instanceof AppError && err.code === "NOT_FOUND") return getPublicCommunication({ communicationId });
        throw err;
      })
    : await getPublicCommunication({ communicationId });
  if (!c.sentAt) throw new AppError("NOT_FOUND", "Not sent");
  // Only the signing mandates head the letter (the public read already returns only those).
  // The letter in the language it was written in (one of the six; any other reads as English), its
  // fixed wording, the mandates' titles and the State's name with it.
  const locale = isLetterLocale(c.language) ? c.language : "en";
  const mandates = c.mandates
    .filter((m) => !("status" in m) || m.status === "LEAD" || m.status === "SIGNED")
    .map((m) => localized(m.mandate, "title", locale));
  const bytes = await renderLetterPdf({
    reference: c.reference,
    date: c.sentAt,
    locale,
    addressee: c.addresseeState
      ? WORDING[locale].addressee(localized(c.addresseeState, "name", locale))
      : (c.addresseeOtherActor?.name ?? ""),
    mandates,
    type: c.type,
    subject: c.subject,
    bodyMarkdown: c.body,
    replyDueAt: c.replyDueAt,
    publishRepliesOnReceipt: c.publishRepliesOnReceipt,
  });
  return { fileName: `${(c.reference ?? "letter").replace(/[^A-Za-z0-9]+/g, "-")}.pdf`, bytes };
}
