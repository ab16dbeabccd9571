import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { now as clockNow } from "../core/clock";
import { effectiveStatusWhere } from "./scope";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

/**
 * Counts of submissions for the annual report (issue 17): per year received, and for one year per
 * status, per State concerned and per mandate assigned. Years are Geneva years of receipt (the year
 * in the receipt number). Numbers only, for the secretariat.
 */
export async function caseAnnualCounts({ actor, year }: { actor: Actor; year: number }) {
  assertCan(actor, "case:triage");
  const now = clockNow();
  const inYear = { receiptYear: year, status: { not: "DRAFT" as const } };
  const [perYear, byState, byMandate, received, urgent, underConsideration, actedUpon, closed] = await Promise.all([
    prisma.caseSubmission.groupBy({
      by: ["receiptYear"],
      where: { status: { not: "DRAFT" }, receiptYear: { not: null } },
      _count: { _all: true },
      orderBy: { receiptYear: "desc" },
    }),
    prisma.caseSubmission.groupBy({ by: ["stateId"], where: inYear, _count: { _all: true } }),
    prisma.caseSubmissionMandate.groupBy({
      by: ["mandateId"],
      where: { assignedAt: { not: null }, submission: inYear },
      _count: { _all: true },
    }),
    prisma.caseSubmission.count({ where: { AND: [inYear, effectiveStatusWhere("RECEIVED", now)] } }),
    prisma.caseSubmission.count({ where: { ...inYear, urgent: true } }),
    prisma.caseSubmission.count({ where: { AND: [inYear, effectiveStatusWhere("UNDER_CONSIDERATION", now)] } }),
    prisma.caseSubmission.count({ where: { AND: [inYear, effectiveStatusWhere("ACTED_UPON", now)] } }),
    prisma.caseSubmission.count({ where: { ...inYear, status: "CLOSED" } }),
  ]);
  const [states, mandates] = await Promise.all([
    prisma.state.findMany({
      where: { id: { in: byState.flatMap((s) => (s.stateId ? [s.stateId] : [])) } },
      select: { id: true, iso3: true, ...NAME_FIELDS },
    }),
    prisma.mandate.findMany({
      where: { id: { in: byMandate.map((m) => m.mandateId) } },
      select: { id: true, slug: true, ...TITLE_FIELDS },
    }),
  ]);
  const stateById = new Map(states.map((s) => [s.id, s]));
  const mandateById = new Map(mandates.map((m) => [m.id, m]));
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  return {
    year,
    perYear: perYear.map((y) => ({ year: y.receiptYear!, count: y._count._all })),
    total: received + underConsideration + actedUpon + closed,
    urgent,
    statuses: { RECEIVED: received, UNDER_CONSIDERATION: underConsideration, ACTED_UPON: actedUpon, CLOSED: closed },
    byState: byState.map((s) => ({ state: s.stateId ? (stateById.get(s.stateId) ?? null) : null, count: s._count._all })).sort(byCount),
    byMandate: byMandate.map((m) => ({ mandate: mandateById.get(m.mandateId)!, count: m._count._all })).sort(byCount),
  };
}
