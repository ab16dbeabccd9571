import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { now as clockNow } from "../core/clock";
import { saveAttachment } from "../files/save-attachment";
import { checkUpload } from "../files/check-upload";
import { withFileCleanup } from "../files/with-file-cleanup";
import type { TranslationInput } from "./schemas";

/**
 * The secretariat attaches its translation of a reply (R5): a text, a file, or both, in English,
 * French or Spanish. The reply, published as received, loses its "translation pending" mark and the
 * translation is shown (and downloadable) beside it wherever the reply is. A new translation replaces
 * the previous one (its file included). Audited, without the text (lib/platform/audit-fields.ts).
 */
export async function attachTranslation({
  actor,
  input,
  file,
}: {
  actor: Actor;
  input: TranslationInput;
  file: { fileName: string; bytes: Uint8Array } | null;
}) {
  // The secretariat's handling of sent letters (as the release of an annex to the State).
  assertCan(actor, "communication:dispatch");
  if (!input.translation && !file) {
    throw new AppError("INVALID_INPUT", "A translation needs a text or a file", { translation: ["communications.translationEmpty"] });
  }
  if (file) await checkUpload(file);
  const now = clockNow();
  return withFileCleanup({
    run: (stored) =>
      prisma.$transaction(async (tx) => {
        const reply = await tx.communicationReply.findFirst({
          where: { id: input.replyId, communication: { status: "SENT" } },
          select: {
            id: true,
            communicationId: true,
            translationStatus: true,
            translationLanguage: true,
            attachments: { where: { isTranslation: true }, select: { id: true, fileName: true } },
          },
        });
        if (!reply) throw new AppError("NOT_FOUND", "No such reply");
        // The previous translation's file goes with it (its bytes are swept with the orphaned files).
        if (reply.attachments.length > 0) {
          await tx.attachment.deleteMany({ where: { id: { in: reply.attachments.map((a) => a.id) } } });
        }
        const saved = file
          ? await saveAttachment(tx, { ...file, uploadedById: actor.userId, link: { replyId: reply.id }, files: stored })
          : null;
        if (saved) await tx.attachment.update({ where: { id: saved.id }, data: { isTranslation: true } });
        const updated = await tx.communicationReply.update({
          where: { id: reply.id },
          data: {
            translation: input.translation,
            translationLanguage: input.translationLanguage,
            translatedAt: now,
            translationStatus: "AVAILABLE",
          },
          select: { id: true, translationStatus: true, translationLanguage: true, translatedAt: true },
        });
        await writeAudit(tx, {
          actor,
          action: "communication.reply.translation",
          entityType: "CommunicationReply",
          entityId: reply.id,
          before: {
            translationStatus: reply.translationStatus,
            translationLanguage: reply.translationLanguage,
            translationFiles: reply.attachments.map((a) => ({ id: a.id, fileName: a.fileName })),
          },
          after: {
            communicationId: reply.communicationId,
            ...updated,
            translation: input.translation,
            translationFiles: saved ? [{ id: saved.id, fileName: saved.fileName, sha256: saved.sha256 }] : [],
          },
        });
        return { ...updated, file: saved };
      }),
  });
}
