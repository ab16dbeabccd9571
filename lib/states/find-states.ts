import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { NAME_FIELDS } from "../i18n/localized";
import { getSettings } from "../platform/get-settings";
import { findNonCooperation } from "../communications/find-non-cooperation";
import { now as clockNow } from "../core/clock";
import type { StateFilters } from "./state-filters";
import { lastEndedDay, neverVisitedWhere } from "./never-visited";
import { standingInvitationInForce } from "../visits/effectiveness";

/**
 * R20: the filters of `/states` as one Prisma `where`. Never visited: the definition "Facts and figures"
 * uses too (./never-visited.ts), as of the last day that has ended; a standing invitation is in force until withdrawn
 * (R10's register); persistent non-cooperation is R7's flag.
 */
async function filterWhere(filters: StateFilters, now: Date): Promise<Prisma.StateWhereInput[]> {
  const where: Prisma.StateWhereInput[] = [];
  if (filters.neverVisited) {
    where.push(neverVisitedWhere(lastEndedDay(now)));
  }
  if (filters.noStandingInvitation) {
    where.push({ standingInvitations: { none: standingInvitationInForce(now) } });
  }
  if (filters.nonCooperation) {
    const threshold = (await getSettings())["communications.nonCooperationThreshold"];
    where.push({ id: { in: (await findNonCooperation({ now, threshold })).flaggedIds } });
  }
  return where;
}

/** All States (or those the filters keep) with their Council terms covering `year`. */
export async function findStates(year = new Date().getUTCFullYear(), opts: { filters?: StateFilters; now?: Date } = {}) {
  const where = opts.filters ? await filterWhere(opts.filters, opts.now ?? clockNow()) : [];
  return prisma.state.findMany({
    where: { AND: where },
    orderBy: { nameEn: "asc" },
    select: {
      id: true,
      iso3: true,
      ...NAME_FIELDS,
      regionalGroup: true,
      status: true,
      councilTerms: {
        where: { fromYear: { lte: year }, toYear: { gte: year } },
        select: { fromYear: true, toYear: true },
      },
    },
  });
}
export type StateRow = Awaited<ReturnType<typeof findStates>>[number];
