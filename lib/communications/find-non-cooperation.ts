import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import { currentPeriod, previousPeriod, type ReportPeriod } from "../joint-report/periods";
import { persistentNonCooperation, type PeriodRecord } from "./non-cooperation";

/** The last `n` periods whose replies window has closed, newest first. */
function completedPeriods(now: Date, n: number): ReportPeriod[] {
  const out: ReportPeriod[] = [];
  let p = previousPeriod(currentPeriod(now));
  while (out.length < n) {
    if (p.repliesTo <= now) out.push(p);
    p = previousPeriod(p);
  }
  return out;
}

/**
 * R7: each State's record over the last `threshold` completed report periods (newest first) and the
 * States flagged for persistent non-cooperation. Used by the outstanding list and the `/states` filter.
 */
export async function findNonCooperation({ now, threshold, db = prisma }: { now: Date; threshold: number; db?: Db }) {
  const periods = completedPeriods(now, threshold);
  // Prisma keeps DateTime as UTC in "timestamp without time zone": compare with UTC timestamps.
  const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const values = Prisma.join(periods.map((p, i) => Prisma.sql`(${i}::int, ${utc(p.sentFrom)}, ${utc(p.sentTo)}, ${utc(p.repliesTo)})`));
  // One query for all periods: letters received and letters answered in time, per State and period.
  const perPeriod = await db.$queryRaw<{ state_id: string; idx: number; received: number; replied: number }[]>`
      SELECT c."addresseeStateId" AS state_id, p.idx,
             count(*)::int AS received,
             count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM "CommunicationReply" r WHERE r."communicationId" = c.id AND r."receivedAt" < p.replies_to))::int AS replied
      FROM "Communication" c
      JOIN (VALUES ${values}) AS p(idx, sent_from, sent_to, replies_to)
        ON c."sentAt" >= p.sent_from AND c."sentAt" < p.sent_to
      WHERE c.status = 'SENT' AND c."addresseeKind" = 'STATE' AND c."addresseeStateId" IS NOT NULL
      GROUP BY 1, 2`;
  const byState = new Map<string, PeriodRecord[]>();
  for (const r of perPeriod) {
    const list = byState.get(r.state_id) ?? periods.map((p) => ({ periodId: p.id, received: 0, replied: 0 }));
    list[r.idx] = { periodId: periods[r.idx]!.id, received: r.received, replied: r.replied };
    byState.set(r.state_id, list);
  }
  const flaggedIds = [...byState].filter(([, recs]) => persistentNonCooperation(recs, threshold)).map(([id]) => id);
  return { periods, byState, flaggedIds };
}
