import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { mayAnswer } from "../auth/questionnaires-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { notifyAnswerReceived } from "./notify-call";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { checkUpload } from "../files/check-upload";
import { saveAttachment } from "../files/save-attachment";
import { getFileStore } from "../files/storage";
import { withFileCleanup } from "../files/with-file-cleanup";
import { portalBaseUrl } from "../communications/letter-text";
import { acceptsAnswers, checkAnswers, type Answers } from "./rules";
import { ownResponseScopeFor, publicCallScope, respondentKeyOf } from "./scope";
import { receiptMailText, receiptNumber } from "./receipt";
import type { ResponseInput } from "./schemas";

export const MAX_FILES_PER_QUESTION = 5;

type Upload = { fileName: string; bytes: Uint8Array };

function attachmentIdsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * A State (on behalf of its State) or a civil-society user saves a draft answer, or submits it, before
 * the deadline (R12). Files go to the file questions; a draft's files can be removed. Submission is
 * final: a receipt is mailed through the outbox. One answer per State (any of its users continues it),
 * one per organisation account (likewise, issue 17 item 3) and one per other civil-society user,
 * serialised by an advisory lock so two first saves cannot both create.
 */
export async function saveResponse({
  actor,
  input,
  rawAnswers,
  files,
}: {
  actor: Actor;
  input: ResponseInput;
  rawAnswers: Record<string, string | string[]>;
  files: Record<string, Upload[]>;
}) {
  assertCan(actor, "questionnaire:answer");
  const uploads = Object.entries(files).filter(([, list]) => list.length > 0);
  for (const [questionId, list] of uploads) {
    if (list.length > MAX_FILES_PER_QUESTION)
      throw new AppError("INVALID_INPUT", "Too many files", { [`answer.${questionId}`]: ["questionnaires.tooManyFiles"] });
    for (const file of list) {
      try {
        await checkUpload(file);
      } catch (err) {
        if (err instanceof AppError && err.fieldErrors?.file)
          throw new AppError("INVALID_INPUT", err.message, { [`answer.${questionId}`]: err.fieldErrors.file });
        throw err;
      }
    }
  }
  const now = clockNow();
  const final = input.intent === "submit";
  const removedKeys: string[] = [];
  const result = await withFileCleanup({
    run: (stored) =>
      prisma.$transaction(async (tx) => {
        const q = await tx.questionnaire.findFirst({
          where: { AND: [{ id: input.questionnaireId }, publicCallScope(now)] },
          select: {
            id: true,
            title: true,
            status: true,
            audience: true,
            opensAt: true,
            deadline: true,
            questions: {
              orderBy: { position: "asc" },
              select: { id: true, kind: true, choices: true, required: true, text: true, position: true },
            },
          },
        });
        if (!q) throw new AppError("NOT_FOUND", "No such call for input");
        if (!mayAnswer(actor, q)) throw new AppError("FORBIDDEN", "questionnaires.notYourAudience");
        if (!acceptsAnswers(q, now)) throw new AppError("CONFLICT", "questionnaires.notAcceptingAnswers");

        // One answer per State / per person: serialise the first save of concurrent requests.
        const lockKey = `questionnaire-response:${q.id}:${respondentKeyOf(actor)}`;
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
        const existing = await tx.questionnaireResponse.findFirst({
          where: { AND: [{ questionnaireId: q.id }, ownResponseScopeFor(actor)] },
          select: {
            id: true,
            answers: true,
            submittedAt: true,
            mayPublish: true,
            attachments: { select: { id: true, storageKey: true, fileName: true } },
          },
        });
        if (existing?.submittedAt) throw new AppError("CONFLICT", "questionnaires.alreadySubmitted");

        const previous = (existing?.answers ?? {}) as Answers;
        const removable = new Map((existing?.attachments ?? []).map((a) => [a.id, a]));
        const removed = input.removeAttachmentIds.filter((id) => removable.has(id));
        const fileQuestions = q.questions.filter((x) => x.kind === "FILE_UPLOAD");
        const keptFiles = Object.fromEntries(
          fileQuestions.map((x) => [x.id, attachmentIdsOf(previous[x.id]).filter((id) => removable.has(id) && !removed.includes(id))]),
        );
        for (const [questionId] of uploads) {
          if (!fileQuestions.some((x) => x.id === questionId))
            throw new AppError("INVALID_INPUT", "Not a file question", { [`answer.${questionId}`]: ["questionnaires.questionInvalid"] });
          if ((keptFiles[questionId]?.length ?? 0) + (files[questionId]?.length ?? 0) > MAX_FILES_PER_QUESTION) {
            throw new AppError("INVALID_INPUT", "Too many files", { [`answer.${questionId}`]: ["questionnaires.tooManyFiles"] });
          }
        }
        const filesPerQuestion = Object.fromEntries(
          fileQuestions.map((x) => [x.id, (keptFiles[x.id]?.length ?? 0) + (files[x.id]?.length ?? 0)]),
        );
        const checked = checkAnswers(q.questions, rawAnswers, { final, filesPerQuestion });
        if (Object.keys(checked.fieldErrors).length) throw new AppError("INVALID_INPUT", "Invalid answers", checked.fieldErrors);

        const submittedAt = final ? now : null;
        const response = existing
          ? { id: existing.id }
          : await tx.questionnaireResponse.create({
              data: { questionnaireId: q.id, respondentId: actor.userId, answers: {}, mayPublish: input.mayPublish, createdAt: now },
              select: { id: true },
            });
        if (removed.length) {
          await tx.attachment.deleteMany({ where: { id: { in: removed }, responseId: response.id } });
          removedKeys.push(...removed.map((id) => removable.get(id)!.storageKey));
        }
        const answers: Answers = { ...checked.answers };
        const newFiles: { id: string; fileName: string; sha256: string; questionId: string }[] = [];
        for (const x of fileQuestions) {
          const ids = [...(keptFiles[x.id] ?? [])];
          for (const file of files[x.id] ?? []) {
            const a = await saveAttachment(tx, { ...file, uploadedById: actor.userId, link: { responseId: response.id }, files: stored });
            ids.push(a.id);
            newFiles.push({ id: a.id, fileName: a.fileName, sha256: a.sha256, questionId: x.id });
          }
          if (ids.length) answers[x.id] = ids;
        }
        // Guarded: a concurrent submission of the same answer cannot be overwritten by a draft save.
        const updated = await tx.questionnaireResponse.updateMany({
          where: { id: response.id, submittedAt: null },
          data: { answers, submittedAt, mayPublish: input.mayPublish, updatedAt: now },
        });
        if (updated.count !== 1) throw new AppError("CONFLICT", "questionnaires.alreadySubmitted");

        let mailId: string | null = null;
        if (final) {
          // In the respondent's own language (User.locale).
          const respondent = await tx.user.findUnique({ where: { id: actor.userId }, select: { locale: true } });
          const text = receiptMailText({
            locale: respondent?.locale,
            title: q.title,
            respondentName: actor.name,
            submittedAt: now,
            receipt: receiptNumber(response.id),
            mayPublish: input.mayPublish,
            url: `${portalBaseUrl()}/portal/questionnaires/${q.id}`,
          });
          // A receipt, not urgent (R1): held outside Geneva business hours like any other notice.
          const mail = await enqueueMail(tx, {
            to: [actor.email],
            ...text,
            urgent: false, // a receipt: held outside business hours (R1), never labelled urgent
            kind: "questionnaire.receipt",
            now,
            businessHours: await getBusinessHours(tx),
          });
          mailId = mail.id;
          await notifyAnswerReceived(tx, { questionnaireId: q.id, now, except: actor.userId });
        }
        await writeAudit(tx, {
          actor,
          action: final
            ? "questionnaire-response.submit"
            : existing
              ? "questionnaire-response.update-draft"
              : "questionnaire-response.create-draft",
          entityType: "QuestionnaireResponse",
          entityId: response.id,
          before: existing ? { answers: existing.answers, mayPublish: existing.mayPublish } : null,
          after: {
            questionnaireId: q.id,
            answers,
            mayPublish: input.mayPublish,
            submittedAt,
            newFiles,
            removedAttachmentIds: removed,
            receiptMailId: mailId,
          },
        });
        return { id: response.id, submittedAt, receipt: final ? receiptNumber(response.id) : null };
      }),
  });
  // The rows are gone with the commit; their bytes go now (the orphan sweep would take them later anyway).
  const store = getFileStore();
  await Promise.all(removedKeys.map((k) => store.remove(k).catch((e: unknown) => console.error("Could not remove file", k, e))));
  return result;
}
