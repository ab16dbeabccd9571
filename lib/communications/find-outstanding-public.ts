import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import { now as clockNow } from "../core/clock";
import { loadPage } from "../core/pagination";
import { getSettings } from "../platform/get-settings";
import { currentPeriod, previousPeriod, type ReportPeriod } from "../joint-report/periods";
import { publicCommunicationScope } from "./scope";
import { persistentNonCooperation, unansweredStreak, type PeriodRecord } from "./non-cooperation";
import { NAME_FIELDS } from "../i18n/localized";

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
 * R7, public: published communications that have had no reply since the previous joint report
 * (sent before the current report's window, never answered), and the States flagged for persistent
 * non-cooperation. Every letter counted here is already public (its reply period has passed).
 */
export async function findOutstandingPublic({ page = 1 }: { page?: number }) {
  const now = clockNow();
  const settings = await getSettings();
  const threshold = settings["communications.nonCooperationThreshold"];
  const cutoff = currentPeriod(now).sentFrom;
  const where: Prisma.CommunicationWhereInput = {
    AND: [publicCommunicationScope(now), { sentAt: { lt: cutoff }, replies: { none: {} } }],
  };
  const periods = completedPeriods(now, threshold);
  // Prisma keeps DateTime as UTC in "timestamp without time zone": compare with UTC timestamps.
  const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const values = Prisma.join(periods.map((p, i) => Prisma.sql`(${i}::int, ${utc(p.sentFrom)}, ${utc(p.sentTo)}, ${utc(p.repliesTo)})`));
  const [{ total, pages, rows }, perPeriod] = await Promise.all([
    loadPage({
      page,
      count: () => prisma.communication.count({ where }),
      rows: (w) =>
        prisma.communication.findMany({
          where,
          orderBy: { sentAt: "asc" },
          ...w,
          select: {
            id: true,
            reference: true,
            subject: true,
            sentAt: true,
            type: true,
            addresseeState: { select: { iso3: true, ...NAME_FIELDS } },
            addresseeOtherActor: { select: { name: true } },
          },
        }),
    }),
    // One query for all periods: letters received and letters answered in time, per State and period.
    prisma.$queryRaw<{ state_id: string; idx: number; received: number; replied: number }[]>`
      SELECT c."addresseeStateId" AS state_id, p.idx,
             count(*)::int AS received,
             count(*) FILTER (WHERE EXISTS (
               SELECT 1 FROM "CommunicationReply" r WHERE r."communicationId" = c.id AND r."receivedAt" < p.replies_to))::int AS replied
      FROM "Communication" c
      JOIN (VALUES ${values}) AS p(idx, sent_from, sent_to, replies_to)
        ON c."sentAt" >= p.sent_from AND c."sentAt" < p.sent_to
      WHERE c.status = 'SENT' AND c."addresseeKind" = 'STATE' AND c."addresseeStateId" IS NOT NULL
      GROUP BY 1, 2`,
  ]);
  const byState = new Map<string, PeriodRecord[]>();
  for (const r of perPeriod) {
    const list = byState.get(r.state_id) ?? periods.map((p) => ({ periodId: p.id, received: 0, replied: 0 }));
    list[r.idx] = { periodId: periods[r.idx]!.id, received: r.received, replied: r.replied };
    byState.set(r.state_id, list);
  }
  const flaggedIds = [...byState].filter(([, recs]) => persistentNonCooperation(recs, threshold)).map(([id]) => id);
  const states = flaggedIds.length
    ? await prisma.state.findMany({
        where: { id: { in: flaggedIds } },
        select: { id: true, iso3: true, ...NAME_FIELDS },
      })
    : [];
  const flagged = states
    .map((s) => ({ state: s, periods: byState.get(s.id)!, streak: unansweredStreak(byState.get(s.id)!) }))
    .sort((a, b) => a.state.nameEn.localeCompare(b.state.nameEn));
  return { total, rows, pages, threshold, periods, flagged, cutoff };
}
