import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { mayAnswer } from "../auth/questionnaires-policy";
import { AppError } from "../core/errors";
import { acceptsAnswers, type Answers } from "./rules";
import { callSummarySelect, questionSelect } from "./selects";
import { ownResponseScopeFor, publicCallScope } from "./scope";
import { receiptNumber } from "./receipt";

/**
 * A call as its respondent sees it: the questions and its own answer (draft or submitted, with files).
 * A call outside the actor's audience is "not found" here; the public page still shows it.
 */
export async function getResponseForm({ actor, questionnaireId, now }: { actor: Actor; questionnaireId: string; now: Date }) {
  assertCan(actor, "questionnaire:answer");
  if (!z.uuid().safeParse(questionnaireId).success) throw new AppError("NOT_FOUND", "No such call for input");
  const q = await prisma.questionnaire.findFirst({
    where: { AND: [{ id: questionnaireId }, publicCallScope(now)] },
    select: { ...callSummarySelect, questions: { orderBy: { position: "asc" }, select: questionSelect } },
  });
  if (!q || !mayAnswer(actor, q)) throw new AppError("NOT_FOUND", "No such call for input");
  const response = await prisma.questionnaireResponse.findFirst({
    where: { AND: [{ questionnaireId: q.id }, ownResponseScopeFor(actor)] },
    select: {
      id: true,
      answers: true,
      mayPublish: true,
      submittedAt: true,
      updatedAt: true,
      respondent: { select: { name: true } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true } },
    },
  });
  return {
    questionnaire: q,
    response: response
      ? { ...response, answers: (response.answers ?? {}) as Answers, receipt: response.submittedAt ? receiptNumber(response.id) : null }
      : null,
    accepting: acceptsAnswers(q, now),
  };
}
export type ResponseForm = Awaited<ReturnType<typeof getResponseForm>>;
