import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { REFERRAL_BODIES } from "./schemas";

/**
 * Figures for the Secretary-General's annual report on reprisals, for one calendar year (UTC):
 * cases recorded; cases communicated (linked to a letter sent that year); referrals to each body that
 * year; cases included in that year's report; and follow-ups — cases of earlier reports still in
 * follow-up. Counts only: nothing that names anyone.
 */
export async function reprisalAnnualCounts({ actor, year }: { actor: Actor; year: number }) {
  assertCan(actor, "reprisal:manage");
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const [recorded, communicated, referrals, inReport, followUps] = await Promise.all([
    prisma.reprisalCase.count({ where: { createdAt: { gte: from, lt: to } } }),
    prisma.reprisalCase.count({ where: { communications: { some: { communication: { sentAt: { gte: from, lt: to } } } } } }),
    prisma.reprisalReferral.groupBy({ by: ["body"], where: { referredAt: { gte: from, lt: to } }, _count: { _all: true } }),
    prisma.reprisalCase.count({ where: { sgReportYear: year } }),
    prisma.reprisalCase.count({ where: { sgReportYear: { lt: year }, status: "FOLLOW_UP" } }),
  ]);
  const perBody = Object.fromEntries(REFERRAL_BODIES.map((b) => [b, referrals.find((r) => r.body === b)?._count._all ?? 0])) as Record<
    (typeof REFERRAL_BODIES)[number],
    number
  >;
  return { year, recorded, communicated, referrals: perBody, inReport, followUps };
}
