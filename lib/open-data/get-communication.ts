import "server-only";
import { prisma } from "../db/client";
import { AppError } from "../core/errors";
import { publicCommunicationScope } from "../communications/scope";
import { getPublicCommunication } from "../communications/find-public-communications";
import { referenceFromPath } from "./schemas";

/**
 * One published communication by its reference, with the letter and the replies' text (R5: a reply
 * is public with its letter, untranslated while its translation is pending). Anything outside the public scope — a draft, a letter still within
 * its reply period — is "not found". The shape is mapped field by field: no annex, ever.
 */
export async function getApiCommunication({ reference, now }: { reference: string; now: Date }) {
  const wanted = referenceFromPath(reference);
  if (!wanted) throw new AppError("NOT_FOUND", "No such communication");
  const found = await prisma.communication.findFirst({
    where: { AND: [{ reference: wanted }, publicCommunicationScope(now)] },
    select: { id: true, publicFrom: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "No such communication");
  const c = await getPublicCommunication({ communicationId: found.id });
  return {
    reference: c.reference ?? wanted,
    type: c.type,
    sentAt: c.sentAt,
    replyDueAt: c.replyDueAt,
    publishedAt: found.publicFrom,
    addressee: c.addresseeState
      ? { kind: "state" as const, iso3: c.addresseeState.iso3, name: c.addresseeState.nameEn }
      : { kind: "other-actor" as const, name: c.addresseeOtherActor?.name ?? "" },
    mandates: c.mandates.map((m) => ({ slug: m.mandate.slug, title: m.mandate.titleEn })),
    subject: c.subject,
    summary: c.summary,
    body: c.body,
    themes: c.themes.map((t) => t.theme.slug),
    replies: c.replies.map((r) => ({
      receivedAt: r.receivedAt,
      language: r.language,
      translationStatus: r.translationStatus,
      body: r.body,
      translation: r.translation,
      translationLanguage: r.translationLanguage,
    })),
  };
}
export type ApiCommunicationDetail = Awaited<ReturnType<typeof getApiCommunication>>;
