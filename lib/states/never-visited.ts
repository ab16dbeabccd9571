import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import type { Prisma } from "../generated/prisma/client";
import { genevaCalendarDate } from "../core/geneva";
import { NAME_FIELDS } from "../i18n/localized";

// "States never visited" (docs/rules.md, R20 and "Facts and figures"): one definition, as of the end of
// a calendar day, for the facts of a year (its 31 December) and for the filter of /states (the last day
// that has ended in Geneva). A Member State — an observer is never counted — is never visited when none
// of its visit requests had a visit carried out by the end of that day: a request marked completed whose
// visit had started by then, or a request still scheduled whose visit's last day had come. A withdrawn or
// postponed request's visit never took place, whatever its dates.

/** A visit request whose visit was carried out by the end of `lastDay` (a date-only value, as visits store it). */
export function visitCarriedOutBy(lastDay: Date): Prisma.VisitRequestWhereInput {
  return {
    OR: [
      { status: "COMPLETED", visit: { is: { startDate: { lte: lastDay } } } },
      { status: "SCHEDULED", visit: { is: { endDate: { lte: lastDay } } } },
    ],
  };
}

/** The Member States never visited by the end of `lastDay`, as a Prisma filter of `State`. */
export function neverVisitedWhere(lastDay: Date): Prisma.StateWhereInput {
  return { status: "MEMBER", visitRequests: { none: visitCarriedOutBy(lastDay) } };
}

/** The last Geneva calendar day that has ended at `now` (yesterday in Geneva), as a date-only value. */
export function lastEndedDay(now: Date): Date {
  const today = genevaCalendarDate(now);
  return new Date(today.getTime() - 86_400_000);
}

/** The Member States never visited by the end of `lastDay`, by English name. */
export async function findNeverVisited({ lastDay, db = prisma }: { lastDay: Date; db?: Db }) {
  return db.state.findMany({ where: neverVisitedWhere(lastDay), orderBy: { nameEn: "asc" }, select: { iso3: true, ...NAME_FIELDS } });
}
