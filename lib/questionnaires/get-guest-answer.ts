import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import { AppError } from "../core/errors";
import { hashInvitationToken } from "../users/invitation-token";
import { INVITATION_TOKEN_PATTERN } from "../users/schemas";
import { acceptsAnswers } from "./rules";
import { guestAnswersPossible } from "./guest-rules";
import { callSummarySelect, questionSelect } from "./selects";
import { publicCallScope } from "./scope";

/**
 * A call as a person without an account answers it (issue 17, item 3): only a public call that accepts
 * guests, while it takes answers, and only its questions a guest can answer (no files). Else not found.
 */
export async function getGuestAnswerForm({ questionnaireId, now }: { questionnaireId: string; now: Date }) {
  if (!z.uuid().safeParse(questionnaireId).success) throw new AppError("NOT_FOUND", "No such call for input");
  const q = await prisma.questionnaire.findFirst({
    where: { AND: [{ id: questionnaireId }, publicCallScope(now), { acceptsGuestAnswers: true }] },
    select: { ...callSummarySelect, questions: { orderBy: { position: "asc" }, select: questionSelect } },
  });
  if (!q || !guestAnswersPossible(q) || !acceptsAnswers(q, now)) throw new AppError("NOT_FOUND", "No such call for input");
  return { ...q, questions: q.questions.filter((x) => x.kind !== "FILE_UPLOAD") };
}

/** What a guest's confirmation link is for (the call's title and the name given), or null when it no longer works. */
export async function getGuestConfirmation({ token, now }: { token: string; now: Date }): Promise<{ title: string; name: string } | null> {
  if (!INVITATION_TOKEN_PATTERN.test(token)) return null;
  const r = await prisma.questionnaireResponse.findUnique({
    where: { guestTokenHash: hashInvitationToken(token) },
    select: { guestName: true, submittedAt: true, guestTokenExpiresAt: true, questionnaire: { select: { title: true } } },
  });
  if (!r || r.submittedAt || !r.guestTokenExpiresAt || r.guestTokenExpiresAt <= now) return null;
  return { title: r.questionnaire.title, name: r.guestName ?? "" };
}
