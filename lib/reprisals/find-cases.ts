import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { ReprisalStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { reprisalScopeFor } from "./scope";

export const CASES_PAGE_SIZE = 25;

/**
 * A workspace list of cases in the actor's scope. It names no person: the list shows the State,
 * dates and status, and the confidential record is read only by opening a case (which is audited).
 */
export async function findReprisalCases({
  actor,
  page = 1,
  status,
  stateIso3,
}: {
  actor: Actor;
  page?: number;
  status?: ReprisalStatus;
  stateIso3?: string;
}) {
  const where: Prisma.ReprisalCaseWhereInput = {
    AND: [reprisalScopeFor(actor), status ? { status } : {}, stateIso3 ? { state: { iso3: stateIso3 } } : {}],
  };
  const [total, rows] = await Promise.all([
    prisma.reprisalCase.count({ where }),
    prisma.reprisalCase.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * CASES_PAGE_SIZE,
      take: CASES_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        confidentiality: true,
        createdAt: true,
        actsDate: true,
        sgReportYear: true,
        sample: true,
        state: { select: { iso3: true, nameEn: true, nameFr: true, nameEs: true } },
        _count: { select: { referrals: true, communications: true } },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / CASES_PAGE_SIZE)), rows };
}
export type ReprisalCaseRow = Awaited<ReturnType<typeof findReprisalCases>>["rows"][number];
