import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import { Prisma } from "../generated/prisma/client";
import { AppError } from "../core/errors";
import { GENEVA_TIME_ZONE, genevaYear } from "../core/geneva";
import { bucketByYear, medianDays, rate, totals, type YearTypeCount } from "./cooperation";
import { NAME_FIELDS } from "../i18n/localized";
import { publicScopeSql } from "../search/search-filters";
import { replyPeriodEndedSql } from "./reply-period-sql";

/** The State itself for the profile header: names, standing invitations, Council terms. No focal point (private). */
export async function getStateProfile({ iso3, db = prisma }: { iso3: string; db?: Db }) {
  const code = iso3.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new AppError("NOT_FOUND", "No such State");
  const state = await db.state.findUnique({
    where: { iso3: code },
    select: {
      id: true,
      iso3: true,
      ...NAME_FIELDS,
      regionalGroup: true,
      status: true,
      standingInvitations: { orderBy: { extendedOn: "asc" }, select: { extendedOn: true, withdrawnOn: true } },
      councilTerms: { orderBy: { fromYear: "asc" }, select: { fromYear: true, toYear: true } },
    },
  });
  if (!state) throw new AppError("NOT_FOUND", "No such State");
  return state;
}
export type StateProfile = Awaited<ReturnType<typeof getStateProfile>>;

type YearTypeRow = { year: number; type: YearTypeCount["type"]; received: number; replied: number; repliedInTime: number };
type MedianRow = { median: number | string | null };
type VisitRow = { requested: number; accepted: number; completed: number };

/**
 * R18: the cooperation figures of one State — the same for every State. Three aggregate queries,
 * whatever the number of letters: published communications by year and type with their replies,
 * the median days to the first reply (percentile_cont), and the visit requests.
 * A reply counts once its communication is published and it has been received (R5). A letter counts
 * once its reply period has ended: published early by a reply (R5, on receipt), it would otherwise
 * count only when answered, and the figures would flatter every State with letters still in their period.
 * "In time" means the first reply arrived by the communication's reply deadline (60 days by default).
 */
export async function getStateCooperation({ stateId, now, db = prisma }: { stateId: string; now: Date; db?: Db }) {
  const published = Prisma.sql`
    SELECT c."id", c."type", c."sentAt", c."replyDueAt",
      COALESCE(c."referenceYear", EXTRACT(YEAR FROM (c."sentAt" AT TIME ZONE 'UTC') AT TIME ZONE ${GENEVA_TIME_ZONE})::int) AS "year",
      (SELECT min(r."receivedAt") FROM "CommunicationReply" r WHERE r."communicationId" = c."id" AND r."receivedAt" <= ${now}) AS "firstReplyAt"
    FROM "Communication" c
    WHERE c."addresseeStateId" = ${stateId}::uuid AND ${publicScopeSql(now)} AND ${replyPeriodEndedSql(now)}`;

  const [byYearType, median, visits] = await Promise.all([
    db.$queryRaw<YearTypeRow[]>`
      WITH p AS (${published})
      SELECT p."year", p."type"::text AS "type", count(*)::int AS "received", count(p."firstReplyAt")::int AS "replied",
        count(*) FILTER (WHERE p."firstReplyAt" <= p."replyDueAt")::int AS "repliedInTime"
      FROM p GROUP BY p."year", p."type" ORDER BY p."year", p."type"`,
    db.$queryRaw<MedianRow[]>`
      WITH p AS (${published})
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (p."firstReplyAt" - p."sentAt")) / 86400.0) AS "median"
      FROM p WHERE p."firstReplyAt" IS NOT NULL`,
    // Requested: every request that left the draft stage. Accepted: the State said yes or a visit was
    // arranged. Completed: marked so, or the visit's last day has passed — after a request, or after the
    // State's own invitation (which is not a request to it: R20 counts invitations on the mandates' side).
    db.$queryRaw<VisitRow[]>`
      SELECT count(*) FILTER (WHERE vr."initiator" = 'MANDATE')::int AS "requested",
        count(*) FILTER (WHERE vr."initiator" = 'MANDATE' AND (vr."status" IN ('ACCEPTED', 'SCHEDULED', 'COMPLETED') OR v."id" IS NOT NULL))::int AS "accepted",
        count(*) FILTER (WHERE vr."status" = 'COMPLETED' OR v."endDate" < ${now})::int AS "completed"
      FROM "VisitRequest" vr LEFT JOIN "Visit" v ON v."visitRequestId" = vr."id"
      WHERE vr."stateId" = ${stateId}::uuid AND vr."status" <> 'DRAFT'`,
  ]);

  const currentYear = genevaYear(now);
  const years = bucketByYear(
    byYearType.map((r) => ({ ...r, year: Number(r.year) })),
    { to: currentYear },
  );
  const v = visits[0] ?? { requested: 0, accepted: 0, completed: 0 };
  return {
    years,
    totals: totals(years),
    medianDaysToReply: medianDays(median[0]?.median),
    visits: { ...v, acceptanceRate: rate(v.accepted, v.requested) },
  };
}
export type StateCooperation = Awaited<ReturnType<typeof getStateCooperation>>;
