import "server-only";
import { prisma } from "../db/client";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { checkUpload } from "../files/check-upload";
import { saveAttachment } from "../files/save-attachment";
import { withFileCleanup } from "../files/with-file-cleanup";
import { hashStatusToken } from "../stories/token";
import { transition } from "./transition";
import { MAX_CASE_FILES, type CaseUpdateInput } from "./schemas";

/**
 * The holder of a submission's private link adds news and documents, or answers the secretariat's
 * question (issue 17). Not to a draft (it is edited instead) nor to a closed submission.
 */
export async function addCaseUpdate({
  input,
  files = [],
}: {
  input: CaseUpdateInput;
  files?: { fileName: string; bytes: Uint8Array }[];
}): Promise<{ id: string }> {
  if (files.length > MAX_CASE_FILES) throw new AppError("INVALID_INPUT", "Too many files", { documents: ["files.tooMany"] });
  for (const file of files) await checkUpload(file);
  const now = clockNow();
  return withFileCleanup({
    run: (stored) =>
      prisma.$transaction(async (tx) => {
        const c = await tx.caseSubmission.findUnique({ where: { tokenHash: hashStatusToken(input.token) }, select: { id: true } });
        if (!c) throw new AppError("NOT_FOUND", "cases.linkUnknown");
        const moved = await transition(tx, { caseId: c.id, event: "add-update", now });
        if (input.questionId) {
          const answered = await tx.caseQuestion.updateMany({
            where: { id: input.questionId, caseId: c.id, answeredAt: null },
            data: { answeredAt: now },
          });
          if (answered.count !== 1) throw new AppError("CONFLICT", "cases.questionAnswered");
        }
        const update = await tx.caseUpdate.create({
          data: { caseId: c.id, questionId: input.questionId ?? null, text: input.text, createdAt: now },
          select: { id: true },
        });
        const attachments = [];
        for (const file of files) {
          attachments.push(
            await saveAttachment(tx, {
              ...file,
              uploadedById: null,
              link: { caseSubmissionId: c.id, caseUpdateId: update.id },
              files: stored,
            }),
          );
        }
        await writeAudit(tx, {
          actor: null,
          action: input.questionId ? "case.answer" : "case.add-update",
          entityType: "CaseSubmission",
          entityId: c.id,
          after: { status: moved.after, updateId: update.id, questionId: input.questionId ?? null, files: attachments.map((a) => a.id) },
        });
        return { id: update.id };
      }),
  });
}
