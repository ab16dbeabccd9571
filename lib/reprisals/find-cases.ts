import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { ReprisalStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { loadPage } from "../core/pagination";
import { reprisalScopeFor } from "./scope";
import { NAME_FIELDS } from "../i18n/localized";

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
  return loadPage({
    page,
    count: () => prisma.reprisalCase.count({ where }),
    rows: (w) =>
      prisma.reprisalCase.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...w,
        select: {
          id: true,
          status: true,
          confidentiality: true,
          createdAt: true,
          actsDate: true,
          sgReportYear: true,
          sample: true,
          state: { select: { iso3: true, ...NAME_FIELDS } },
          _count: { select: { referrals: true, communications: true } },
        },
      }),
  });
}
export type ReprisalCaseRow = Awaited<ReturnType<typeof findReprisalCases>>["rows"][number];
