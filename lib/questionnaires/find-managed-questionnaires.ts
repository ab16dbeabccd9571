import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { QuestionnaireStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { callSummarySelect } from "./selects";
import { managedQuestionnaireScopeFor } from "./scope";

export const MANAGED_PAGE_SIZE = 25;

/** The workspace list: the secretariat's every call, a holder's calls of its mandates; with answer counts. */
export async function findManagedQuestionnaires({
  actor,
  page = 1,
  status,
}: {
  actor: Actor;
  page?: number;
  status?: QuestionnaireStatus;
}) {
  const where: Prisma.QuestionnaireWhereInput = { AND: [managedQuestionnaireScopeFor(actor), status ? { status } : {}] };
  const [total, rows] = await Promise.all([
    prisma.questionnaire.count({ where }),
    prisma.questionnaire.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * MANAGED_PAGE_SIZE,
      take: MANAGED_PAGE_SIZE,
      select: {
        ...callSummarySelect,
        _count: { select: { targets: true, responses: { where: { submittedAt: { not: null } } } } },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / MANAGED_PAGE_SIZE)), rows };
}
export type ManagedRow = Awaited<ReturnType<typeof findManagedQuestionnaires>>["rows"][number];
