import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { mayApprove, mayViewAnswers } from "../auth/questionnaires-policy";
import { can } from "../auth/policy";
import { guestAnswersPossible } from "./guest-rules";
import { AppError } from "../core/errors";
import { loadPage } from "../core/pagination";
import { acceptsAnswers, type Answers } from "./rules";
import { callSummarySelect, questionSelect } from "./selects";
import { managedQuestionnaireScopeFor, viewableAnswersScopeFor } from "./scope";
import { respondentOf, respondentUserSelect } from "./respondent";
import { NAME_FIELDS } from "../i18n/localized";

const stateNames = { id: true, iso3: true, ...NAME_FIELDS } as const;

/**
 * One call in the workspace of the secretariat or of a holder of one of its mandates: the questions,
 * who was asked (targeted States) and who answered, and the submitted answers (never drafts).
 */
export async function getManagedQuestionnaire({
  actor,
  questionnaireId,
  now,
  page = 1,
}: {
  actor: Actor;
  questionnaireId: string;
  now: Date;
  page?: number;
}) {
  if (!z.uuid().safeParse(questionnaireId).success) throw new AppError("NOT_FOUND", "No such questionnaire");
  const q = await prisma.questionnaire.findFirst({
    where: { AND: [{ id: questionnaireId }, managedQuestionnaireScopeFor(actor)] },
    select: {
      ...callSummarySelect,
      exceptionJustification: true,
      approvedAt: true,
      questions: { orderBy: { position: "asc" }, select: questionSelect },
      targets: { orderBy: { state: { nameEn: "asc" } }, select: { state: { select: stateNames } } },
    },
  });
  if (!q) throw new AppError("NOT_FOUND", "No such questionnaire");
  const mandateIds = q.mandates.map((m) => m.mandate.id);
  const canView = mayViewAnswers(actor, { mandateIds });
  const answersWhere = { AND: [{ questionnaireId: q.id }, viewableAnswersScopeFor(actor)] };
  const [respondents, { total: answerCount, pages: answerPages, rows: answers }] = canView
    ? await Promise.all([
        prisma.questionnaireResponse.findMany({
          where: answersWhere,
          orderBy: { submittedAt: "asc" },
          select: {
            id: true,
            submittedAt: true,
            respondent: { select: { ...respondentUserSelect, stateId: true, state: { select: stateNames } } },
            guestName: true,
          },
        }),
        loadPage({
          page,
          count: () => prisma.questionnaireResponse.count({ where: answersWhere }),
          rows: (w) =>
            prisma.questionnaireResponse.findMany({
              where: answersWhere,
              orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
              ...w,
              select: {
                id: true,
                answers: true,
                mayPublish: true,
                submittedAt: true,
                respondent: { select: { ...respondentUserSelect, email: true, state: { select: stateNames } } },
                guestName: true,
                guestEmail: true,
                attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true } },
              },
            }),
        }),
      ])
    : [[], { total: 0, pages: 1, rows: [] }];
  const answeredStates = new Set(respondents.map((r) => r.respondent?.stateId).filter((s): s is string => !!s));
  return {
    ...q,
    canViewAnswers: canView,
    canApprove: q.status === "PENDING_APPROVAL" && mayApprove(actor),
    // Issue 17, item 3: the secretariat may let people without an account answer (or no longer).
    canSetGuestAnswers: can(actor, "questionnaire:create") && (q.acceptsGuestAnswers || guestAnswersPossible(q)),
    accepting: acceptsAnswers(q, now),
    asked: q.targets.map((t) => ({ ...t.state, answered: answeredStates.has(t.state.id) })),
    respondents: respondents.map((r) => ({ id: r.id, submittedAt: r.submittedAt, respondent: respondentOf(r) })),
    answerCount,
    answerPages,
    answers: answers.map(({ guestName, guestEmail, ...a }) => ({
      ...a,
      respondent: respondentOf({ respondent: a.respondent, guestName, guestEmail }),
      answers: (a.answers ?? {}) as Answers,
    })),
  };
}
export type ManagedQuestionnaire = Awaited<ReturnType<typeof getManagedQuestionnaire>>;
