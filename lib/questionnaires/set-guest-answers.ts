import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { guestAnswersPossible } from "./guest-rules";
import { managedQuestionnaireScopeFor } from "./scope";
import type { SetGuestAnswersInput } from "./guest-schemas";

/**
 * The secretariat says whether a call also takes answers from people without an account who confirm
 * their e-mail address (issue 17, item 3). Only a call to civil society that requires no file can.
 */
export async function setGuestAnswers({ actor, input }: { actor: Actor; input: SetGuestAnswersInput }) {
  assertCan(actor, "questionnaire:create");
  return prisma.$transaction(async (tx) => {
    const q = await tx.questionnaire.findFirst({
      where: { AND: [{ id: input.questionnaireId }, managedQuestionnaireScopeFor(actor)] },
      select: { id: true, audience: true, acceptsGuestAnswers: true, questions: { select: { kind: true, required: true } } },
    });
    if (!q) throw new AppError("NOT_FOUND", "No such questionnaire");
    if (input.acceptsGuestAnswers && !guestAnswersPossible(q)) throw new AppError("CONFLICT", "guestAnswers.notPossible");
    const after = await tx.questionnaire.update({
      where: { id: q.id },
      data: { acceptsGuestAnswers: input.acceptsGuestAnswers },
      select: { id: true, acceptsGuestAnswers: true },
    });
    await writeAudit(tx, {
      actor,
      action: "questionnaire.set-guest-answers",
      entityType: "Questionnaire",
      entityId: q.id,
      before: { acceptsGuestAnswers: q.acceptsGuestAnswers },
      after,
    });
    return after;
  });
}
