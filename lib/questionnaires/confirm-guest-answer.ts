import "server-only";
import { prisma } from "../db/client";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { notifyAnswerReceived } from "./notify-call";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { hashInvitationToken } from "../users/invitation-token";
import { acceptsAnswers } from "./rules";
import { receiptMailText, receiptNumber } from "./receipt";
import type { ConfirmGuestAnswerInput } from "./guest-schemas";

/**
 * A guest follows the link mailed to it (issue 17, item 3): its answer counts from now — it is
 * submitted, with a receipt mailed like any respondent's — provided the link is unused, not expired
 * and the call still takes answers. The link works once (a concurrent second use finds it gone).
 */
export async function confirmGuestAnswer({
  input,
  locale = "en",
}: {
  input: ConfirmGuestAnswerInput;
  /** The language of the page the guest confirmed on: the receipt is written in it. */
  locale?: string;
}): Promise<{ receipt: string; title: string }> {
  return prisma.$transaction(async (tx) => {
    const at = clockNow();
    const tokenHash = hashInvitationToken(input.token);
    const r = await tx.questionnaireResponse.findUnique({
      where: { guestTokenHash: tokenHash },
      select: {
        id: true,
        guestName: true,
        guestEmail: true,
        guestTokenExpiresAt: true,
        submittedAt: true,
        mayPublish: true,
        questionnaire: { select: { id: true, title: true, status: true, opensAt: true, deadline: true } },
      },
    });
    if (!r || r.submittedAt || !r.guestEmail || !r.guestTokenExpiresAt || r.guestTokenExpiresAt <= at)
      throw new AppError("CONFLICT", "guestAnswers.invalid");
    if (!acceptsAnswers(r.questionnaire, at)) throw new AppError("CONFLICT", "questionnaires.notAcceptingAnswers");
    const { count } = await tx.questionnaireResponse.updateMany({
      where: { id: r.id, guestTokenHash: tokenHash, submittedAt: null },
      data: { submittedAt: at, guestTokenHash: null, guestTokenExpiresAt: null, updatedAt: at },
    });
    if (count !== 1) throw new AppError("CONFLICT", "guestAnswers.invalid");
    const receipt = receiptNumber(r.id);
    const mail = await enqueueMail(tx, {
      to: [r.guestEmail],
      ...receiptMailText({
        locale,
        title: r.questionnaire.title,
        respondentName: r.guestName ?? "",
        submittedAt: at,
        receipt,
        mayPublish: r.mayPublish,
        url: `${portalBaseUrl()}/calls-for-input/${r.questionnaire.id}`,
      }),
      urgent: false, // a receipt: held outside business hours (R1), never labelled urgent
      kind: "questionnaire.receipt",
      now: at,
      businessHours: await getBusinessHours(tx),
    });
    await notifyAnswerReceived(tx, { questionnaireId: r.questionnaire.id, now: at });
    await writeAudit(tx, {
      actor: null,
      action: "questionnaire-response.submit",
      entityType: "QuestionnaireResponse",
      entityId: r.id,
      after: { questionnaireId: r.questionnaire.id, submittedAt: at, guest: true, receiptMailId: mail.id },
    });
    return { receipt, title: r.questionnaire.title };
  });
}
