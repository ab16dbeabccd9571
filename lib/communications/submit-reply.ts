import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { actsForState, assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../audit/write-audit";
import { now as clockNow } from "../core/clock";
import { enqueueMail, getBusinessHours } from "../mail/enqueue-mail";
import { saveAttachment } from "../files/save-attachment";
import { checkUpload } from "../files/check-upload";
import { withFileCleanup } from "../files/with-file-cleanup";
import { portalBaseUrl } from "./letter-text";
import type { ReplyInput } from "./schemas";

export const MAX_ANNEXES = 5;
const UN_LANGUAGES_WITH_OWN_TEXT = ["en", "fr", "es"];
export const SECRETARIAT_MAILBOX = process.env.SECRETARIAT_MAILBOX ?? "sp-communications@ohchr.example";

/**
 * The addressee State replies, with annexes. R5: the reply is public as soon as it is received if the
 * letter is public, whatever its language (a translation may follow). Mandate holders and the
 * secretariat see it at once and are told by mail (internal notices are not held for business hours).
 */
export async function submitReply({
  actor,
  input,
  files,
}: {
  actor: Actor;
  input: ReplyInput;
  files: { fileName: string; bytes: Uint8Array }[];
}) {
  assertCan(actor, "communication:reply");
  if (files.length > MAX_ANNEXES) throw new AppError("INVALID_INPUT", "Too many files", { file: ["files.tooMany"] });
  // Refuse a bad file before anything is written; then remove stored files if the transaction fails.
  for (const file of files) await checkUpload(file);
  const now = clockNow();
  return withFileCleanup({
    run: (stored) =>
      prisma.$transaction(async (tx) => {
        const c = await tx.communication.findFirst({
          where: { id: input.communicationId, status: "SENT", sentAt: { lte: now } },
          select: {
            id: true,
            reference: true,
            subject: true,
            addresseeStateId: true,
            mandates: { where: { status: { in: ["LEAD", "SIGNED"] } }, select: { mandateId: true } },
          },
        });
        // Only the addressee State replies; to anyone else the letter does not exist here.
        if (!c || !c.addresseeStateId || !actsForState(actor, c.addresseeStateId)) throw new AppError("NOT_FOUND", "No such communication");
        const reply = await tx.communicationReply.create({
          data: {
            communicationId: c.id,
            receivedAt: now,
            language: input.language,
            translationStatus: UN_LANGUAGES_WITH_OWN_TEXT.includes(input.language) ? "NOT_NEEDED" : "PENDING",
            body: input.body,
            submittedById: actor.userId,
          },
          select: { id: true, receivedAt: true, language: true, translationStatus: true },
        });
        const attachments = [];
        for (const file of files) {
          attachments.push(await saveAttachment(tx, { ...file, uploadedById: actor.userId, link: { replyId: reply.id }, files: stored }));
        }
        const holders = await tx.user.findMany({
          where: {
            active: true,
            role: "MANDATE_HOLDER",
            mandateHolder: {
              tenures: {
                some: { mandateId: { in: c.mandates.map((m) => m.mandateId) }, OR: [{ endDate: null }, { endDate: { gte: now } }] },
              },
            },
          },
          select: { email: true },
        });
        await enqueueMail(tx, {
          to: [SECRETARIAT_MAILBOX, ...holders.map((h) => h.email)],
          subject: `Reply received: ${c.reference} — ${c.subject}`,
          text: `A reply to ${c.reference} was received (${attachments.length} annex(es)).\n${portalBaseUrl()}/portal/secretariat/communications/${c.id}`,
          urgent: true,
          kind: "reply-notice",
          communicationId: c.id,
          now,
          businessHours: await getBusinessHours(tx),
        });
        await writeAudit(tx, {
          actor,
          action: "communication.reply",
          entityType: "CommunicationReply",
          entityId: reply.id,
          after: {
            ...reply,
            communicationId: c.id,
            attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, sha256: a.sha256 })),
          },
        });
        return { ...reply, attachments };
      }),
  });
}
