import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { loadPage } from "../core/pagination";
import { callSummarySelect } from "./selects";
import { answerableScopeFor, ownResponseScopeFor } from "./scope";

/**
 * For a State or civil-society user: the calls open to its kind of respondent (a State's own
 * targeted calls first), with the state of its own answer; and the answers it submitted earlier.
 */
export async function findCallsToAnswer({ actor, page = 1, now }: { actor: Actor; page?: number; now: Date }) {
  assertCan(actor, "questionnaire:answer");
  const where = answerableScopeFor(actor, now);
  const own = ownResponseScopeFor(actor);
  const [{ total, pages, rows }, submitted] = await Promise.all([
    loadPage({
      page,
      count: () => prisma.questionnaire.count({ where }),
      rows: (w) =>
        prisma.questionnaire.findMany({
          where,
          orderBy: [{ deadline: "asc" }, { id: "asc" }],
          ...w,
          select: {
            ...callSummarySelect,
            targets: actor.stateId ? { where: { stateId: actor.stateId }, select: { stateId: true } } : false,
            responses: { where: own, select: { id: true, submittedAt: true, updatedAt: true } },
          },
        }),
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
    pages,
    rows: rows.map(({ targets, responses, ...q }) => ({
      ...q,
      addressedToMyState: Array.isArray(targets) && targets.length > 0,
      myResponse: responses[0] ?? null,
    })),
    submitted,
  };
}
export type CallToAnswer = Awaited<ReturnType<typeof findCallsToAnswer>>["rows"][number];
