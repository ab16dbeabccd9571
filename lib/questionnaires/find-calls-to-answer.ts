import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { callSummarySelect } from "./selects";
import { answerableScopeFor, ownResponseScopeFor } from "./scope";

export const ANSWER_PAGE_SIZE = 20;

/**
 * For a State or civil-society user: the calls open to its kind of respondent (a State's own
 * targeted calls first), with the state of its own answer; and the answers it submitted earlier.
 */
export async function findCallsToAnswer({ actor, page = 1, now }: { actor: Actor; page?: number; now: Date }) {
  assertCan(actor, "questionnaire:answer");
  const where = answerableScopeFor(actor, now);
  const own = ownResponseScopeFor(actor);
  const [total, rows, submitted] = await Promise.all([
    prisma.questionnaire.count({ where }),
    prisma.questionnaire.findMany({
      where,
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      skip: (page - 1) * ANSWER_PAGE_SIZE,
      take: ANSWER_PAGE_SIZE,
      select: {
        ...callSummarySelect,
        targets: actor.stateId ? { where: { stateId: actor.stateId }, select: { stateId: true } } : false,
        responses: { where: own, select: { id: true, submittedAt: true, updatedAt: true } },
      },
    }),
    prisma.questionnaireResponse.findMany({
      where: { AND: [own, { submittedAt: { not: null } }] },
      orderBy: { submittedAt: "desc" },
      take: 50,
      select: { id: true, submittedAt: true, questionnaire: { select: { id: true, title: true, deadline: true } } },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / ANSWER_PAGE_SIZE)),
    rows: rows.map(({ targets, responses, ...q }) => ({
      ...q,
      addressedToMyState: Array.isArray(targets) && targets.length > 0,
      myResponse: responses[0] ?? null,
    })),
    submitted,
  };
}
export type CallToAnswer = Awaited<ReturnType<typeof findCallsToAnswer>>["rows"][number];
