import "server-only";
import { prisma } from "../db/client";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { confirmationMailThrottle, type ConfirmationMailThrottle } from "../auth/confirmation-mail-throttle";
import { hashInvitationToken, newInvitationToken } from "../users/invitation-token";
import { acceptsAnswers, checkAnswers } from "./rules";
import { guestAnswersPossible, guestConfirmationExpiry } from "./guest-rules";
import { guestAlreadyAnsweredMail, guestConfirmationMail } from "./guest-mail-text";
import { publicCallScope } from "./scope";
import type { GuestAnswerInput } from "./guest-schemas";

/** Where a guest confirms its answer (app/(public)/calls-for-input/confirm/[token]). */
export const GUEST_CONFIRMATION_PATH = "/calls-for-input/confirm/";

/**
 * A person without an account answers a call that accepts guests (issue 17, item 3): its name, its
 * e-mail address and complete answers (no files). The answer is kept but does not count — it has no
 * submittedAt, so no view of answers, export or figure sees it — until the link mailed to the address
 * is followed, before the deadline (confirm-guest-answer.ts). One answer per address and call: a new
 * one from an address not confirmed yet replaces the earlier one (and its link); an address whose
 * answer already counts is told so by mail, and nothing changes. The visitor is told the same either way.
 */
export async function submitGuestAnswer({
  input,
  rawAnswers,
  locale,
  throttle = confirmationMailThrottle(),
}: {
  input: GuestAnswerInput;
  rawAnswers: Record<string, string | string[]>;
  locale: string;
  throttle?: ConfirmationMailThrottle;
}): Promise<void> {
  const at = clockNow();
  const q = await prisma.questionnaire.findFirst({
    where: { AND: [{ id: input.questionnaireId }, publicCallScope(at)] },
    select: {
      id: true,
      title: true,
      status: true,
      audience: true,
      opensAt: true,
      deadline: true,
      acceptsGuestAnswers: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, choices: true, required: true } },
    },
  });
  if (!q || !q.acceptsGuestAnswers || !guestAnswersPossible(q)) throw new AppError("NOT_FOUND", "No such call for input");
  if (!acceptsAnswers(q, at)) throw new AppError("CONFLICT", "questionnaires.notAcceptingAnswers");
  const checked = checkAnswers(q.questions, rawAnswers, { final: true, filesPerQuestion: {} });
  if (Object.keys(checked.fieldErrors).length) throw new AppError("INVALID_INPUT", "Invalid answers", checked.fieldErrors);
  const mayMail = await throttle.mayMail(input.guestEmail);
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`guest-answer:${q.id}:${input.guestEmail}`}, 0))`;
    const existing = await tx.questionnaireResponse.findUnique({
      where: { questionnaireId_guestEmail: { questionnaireId: q.id, guestEmail: input.guestEmail } },
      select: { id: true, submittedAt: true },
    });
    const businessHours = await getBusinessHours(tx);
    if (existing?.submittedAt) {
      if (mayMail) {
        await enqueueMail(tx, {
          to: [input.guestEmail],
          ...guestAlreadyAnsweredMail({ locale, name: input.guestName, title: q.title }),
          urgent: false,
          atOnce: true, // account security: a person waits for it (R1), never labelled urgent
          kind: "questionnaire.guest-already-answered",
          now: at,
          businessHours,
        });
      }
      return;
    }
    const token = newInvitationToken();
    const expiresAt = guestConfirmationExpiry(at, q.deadline);
    const data = {
      guestName: input.guestName,
      answers: checked.answers,
      mayPublish: input.mayPublish,
      guestTokenHash: hashInvitationToken(token),
      guestTokenExpiresAt: expiresAt,
      updatedAt: at,
    };
    const response = existing
      ? await tx.questionnaireResponse.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.questionnaireResponse.create({
          data: { ...data, questionnaireId: q.id, guestEmail: input.guestEmail, createdAt: at },
          select: { id: true },
        });
    if (mayMail) {
      await enqueueMail(tx, {
        to: [input.guestEmail],
        ...guestConfirmationMail({
          locale,
          name: input.guestName,
          title: q.title,
          url: `${portalBaseUrl()}${GUEST_CONFIRMATION_PATH}${token}`,
          expiresAt,
        }),
        // A confirmation link the person waits for: at once, not urgent (R1).
        urgent: false,
        atOnce: true, // account security: a person waits for it (R1), never labelled urgent
        kind: "questionnaire.guest-confirm",
        now: at,
        businessHours,
      });
    }
    await writeAudit(tx, {
      actor: null,
      action: existing ? "questionnaire-response.guest-update" : "questionnaire-response.guest-create",
      entityType: "QuestionnaireResponse",
      entityId: response.id,
      after: {
        questionnaireId: q.id,
        guestName: input.guestName,
        guestEmail: input.guestEmail,
        answers: checked.answers,
        mayPublish: input.mayPublish,
        expiresAt,
        mailed: mayMail,
      },
    });
  });
}
