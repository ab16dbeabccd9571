import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import { now as clockNow } from "../core/clock";
import { AppError } from "../core/errors";
import { publicCommunicationScope } from "./scope";
import { publicPressReleaseScope } from "../press-releases/scope";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

/**
 * One published communication with its replies. The select names every public field; the
 * confidential annex is not among them, so it cannot leak through this path.
 */
export async function getPublicCommunication({ communicationId }: { communicationId: string }) {
  if (!z.uuid().safeParse(communicationId).success) throw new AppError("NOT_FOUND", "No such communication");
  const now = clockNow();
  const c = await prisma.communication.findFirst({
    where: { AND: [{ id: communicationId }, publicCommunicationScope(now)] },
    select: {
      id: true,
      type: true,
      reference: true,
      subject: true,
      summary: true,
      body: true,
      sentAt: true,
      replyDueAt: true,
      publicFrom: true,
      publishRepliesOnReceipt: true,
      language: true,
      sample: true,
      addresseeState: { select: { iso3: true, ...NAME_FIELDS } },
      addresseeOtherActor: { select: { name: true, kind: true } },
      mandates: {
        where: { status: { in: ["LEAD", "SIGNED"] } },
        select: {
          mandate: { select: { slug: true, ...TITLE_FIELDS } },
        },
      },
      themes: {
        select: { theme: { select: { slug: true, ...NAME_FIELDS } } },
      },
      replies: {
        orderBy: { receivedAt: "asc" },
        select: {
          id: true,
          receivedAt: true,
          language: true,
          translationStatus: true,
          body: true,
          translation: true,
          translationLanguage: true,
          translatedAt: true,
          attachments: {
            orderBy: { createdAt: "asc" },
            select: { id: true, fileName: true, contentType: true, size: true, isTranslation: true },
          },
        },
      },
      // Documents of the letter itself: only those marked public (never a confidential annex).
      attachments: { where: { isPublic: true }, orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true } },
      // Press releases about the letter, once published (R3).
      pressReleases: {
        where: publicPressReleaseScope(now),
        orderBy: { publishedAt: "desc" },
        select: { id: true, title: true, publishedAt: true },
      },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "No such communication");
  return c;
}
