import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { actsForState, assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { holderUserIds, notify } from "../notifications/notify";
import { now as clockNow } from "../core/clock";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { saveAttachment } from "../files/save-attachment";
import { checkUpload } from "../files/check-upload";
import { withFileCleanup } from "../files/with-file-cleanup";
import { languageName, normalizeLanguageCode } from "../i18n/languages";
import { indexedWords } from "../core/word-breaks";
import type { TransactionClient } from "../db/types";
import { portalBaseUrl } from "./letter-text";
import { publicationInstant, translationStatusFor } from "./rules";
import type { ReplyInput } from "./schemas";

export const MAX_ANNEXES = 5;
export const SECRETARIAT_MAILBOX = process.env.SECRETARIAT_MAILBOX ?? "sp-communications@ohchr.example";

/**
 * The addressee State replies, with annexes, in any language (ISO 639). R5: the reply is public as
 * soon as it is received if the letter is public; and if the letter publishes replies on receipt (the
 * setting when it was sent), a reply received before the deadline makes the letter public now
 * (`publicFrom`, rules.ts publicationInstant) — untranslated, marked "translation pending" when not in
 * English, French or Spanish. Mandate holders and the secretariat see it at once and are told by mail
 * (internal notices are not held for business hours).
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
  const language = normalizeLanguageCode(input.language);
  if (!language) throw new AppError("INVALID_INPUT", "Unknown language", { language: ["communications.languageUnknown"] });
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
            replyDueAt: true,
            publicFrom: true,
            publishRepliesOnReceipt: true,
            replies: { select: { receivedAt: true } },
            mandates: { where: { status: { in: ["LEAD", "SIGNED"] } }, select: { mandateId: true } },
          },
        });
        // Only the addressee State replies; to anyone else the letter does not exist here.
        if (!c || !c.addresseeStateId || !actsForState(actor, c.addresseeStateId)) throw new AppError("NOT_FOUND", "No such communication");
        const reply = await tx.communicationReply.create({
          data: {
            communicationId: c.id,
            receivedAt: now,
            language,
            translationStatus: translationStatusFor(language),
            body: input.body,
            // Chinese and other text written without spaces, split into words for the search index.
            bodyWords: indexedWords(input.body),
            submittedById: actor.userId,
          },
          select: { id: true, receivedAt: true, language: true, translationStatus: true },
        });
        // R5: publication on receipt. Only ever brought forward (a concurrent reply may have done so).
        const publishedNow = await publishOnReceipt(tx, c, reply.receivedAt);
        const attachments = [];
        for (const file of files) {
          attachments.push(await saveAttachment(tx, { ...file, uploadedById: actor.userId, link: { replyId: reply.id }, files: stored }));
        }
        await enqueueMail(tx, {
          // The secretariat's shared mailbox; the letter's holders are told below, as they chose.
          to: [SECRETARIAT_MAILBOX],
          subject: `Reply received: ${c.reference} — ${c.subject}`,
          text: [
            `A reply to ${c.reference} was received (${attachments.length} annex(es)).`,
            ...(publishedNow ? ["The letter and the reply are now public in the communications database (R5: published on receipt)."] : []),
            ...(reply.translationStatus === "PENDING"
              ? [
                  `The reply is in ${languageName(language, "en")}: it is published marked "translation pending" until a translation is attached.`,
                ]
              : []),
            `${portalBaseUrl()}/portal/secretariat/communications/${c.id}`,
          ].join("\n"),
          urgent: false, // R1: only urgent appeals are urgent; a reply notice waits for business hours
          kind: "reply-notice",
          communicationId: c.id,
          now,
          businessHours: await getBusinessHours(tx),
        });
        const state = await tx.state.findUniqueOrThrow({ where: { id: c.addresseeStateId }, select: { nameEn: true } });
        await notify(tx, {
          kind: "communication.reply-received",
          recipients: await holderUserIds(
            tx,
            c.mandates.map((m) => m.mandateId),
            now,
          ),
          params: { reference: c.reference ?? "", state: state.nameEn },
          link: `/portal/mandate-holder/communications/${c.id}`,
          record: { type: "Communication", id: c.id },
          now,
        });
        if (publishedNow) {
          await writeAudit(tx, {
            actor,
            action: "communication.publish-on-reply",
            entityType: "Communication",
            entityId: c.id,
            before: { publicFrom: c.publicFrom },
            after: { publicFrom: reply.receivedAt, replyId: reply.id },
          });
        }
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
        return { ...reply, attachments, publishedNow };
      }),
  });
}

/**
 * Brings the letter's publication forward to `receivedAt` when the rule says so (rules.ts
 * publicationInstant over the replies so far and this one). The update is conditional, so two replies
 * arriving together leave the earlier instant. True when this reply published the letter.
 */
async function publishOnReceipt(
  tx: TransactionClient,
  c: { id: string; replyDueAt: Date | null; publicFrom: Date | null; publishRepliesOnReceipt: boolean; replies: { receivedAt: Date }[] },
  receivedAt: Date,
): Promise<boolean> {
  if (!c.replyDueAt || !c.publicFrom) return false;
  const at = publicationInstant({ ...c, replyDueAt: c.replyDueAt, replies: [...c.replies, { receivedAt }] });
  if (at >= c.publicFrom) return false;
  const { count } = await tx.communication.updateMany({ where: { id: c.id, publicFrom: { gt: at } }, data: { publicFrom: at } });
  return count > 0;
}
