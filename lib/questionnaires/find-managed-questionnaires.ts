import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { QuestionnaireStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { loadPage } from "../core/pagination";
import { callSummarySelect } from "./selects";
import { managedQuestionnaireScopeFor } from "./scope";

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
  return loadPage({
    page,
    count: () => prisma.questionnaire.count({ where }),
    rows: (w) =>
      prisma.questionnaire.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...w,
        select: {
          ...callSummarySelect,
          _count: { select: { targets: true, responses: { where: { submittedAt: { not: null } } } } },
        },
      }),
  });
}
export type ManagedRow = Awaited<ReturnType<typeof findManagedQuestionnaires>>["rows"][number];
