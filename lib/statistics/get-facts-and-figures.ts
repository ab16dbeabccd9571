import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import { Prisma } from "../generated/prisma/client";
import { genevaYearBounds } from "../core/geneva";
import { NAME_FIELDS, type Localized } from "../i18n/localized";
import { publicMemo } from "../public-cache/memo";
import { publicScopeSql } from "../search/search-filters";
import { getAnnualVisitReport } from "../visits/get-annual-report";
import { standingInvitationInForce } from "../visits/effectiveness";
import { findNeverVisited } from "../states/never-visited";
import { publicReprisalScope } from "../reprisals/scope";
import { publicCallScope } from "../questionnaires/scope";
import { genevaEndOfDay, genevaStartOfDay } from "../questionnaires/rules";
import { COMMUNICATION_TYPES, medianDays, replyFigures, type CommunicationTypeCode, type ReplyFigures } from "./cooperation";
import { replyPeriodEndedSql } from "./reply-period-sql";
import { EFFECTIVE_WINDOW_YEARS, REGIONAL_GROUPS } from "./facts-rules";

// "Facts and figures" (issue 18, item 2): the figures the Chair of the Coordination Committee reports
// to the Council each year, computed from the records. Public data only: published communications
// (R5, the public search's own SQL, so a figure and the search it links to count the same letters),
// sent visit requests (R9), the public reprisals register (R8: cleared summaries, nothing else),
// issued calls for input (R12). Case submissions are counted, never listed. What counts as what is
// written in docs/rules.md ("Facts and figures").

type StateRef = { iso3: string } & Localized<"name">;
type MandateRef = { slug: string } & Localized<"title">;

/** UTC midnight of 1 January: how calendar dates (`@db.Date`: visits, standing invitations) are stored. */
const jan1 = (year: number) => new Date(Date.UTC(year, 0, 1));

type ReplyCountRow = { sent: number; replied: number; periodEnded: number; repliedOfEnded: number; repliedInTime: number };

/**
 * The counts of one group of letters (all, a type, a State, a mandate). `sent` and `replied` count
 * every published letter of the year, as the search they link to lists them. The reply figures
 * count only the letters whose reply period had ended at `now` (R18's rule, R5's last paragraph):
 * a letter published early because it was answered would otherwise count only when answered.
 */
const REPLY_COUNTS = Prisma.sql`count(*)::int AS "sent", count(p."firstReplyAt")::int AS "replied",
  count(*) FILTER (WHERE p."periodEnded")::int AS "periodEnded",
  count(p."firstReplyAt") FILTER (WHERE p."periodEnded")::int AS "repliedOfEnded",
  count(*) FILTER (WHERE p."periodEnded" AND p."firstReplyAt" <= p."replyDueAt")::int AS "repliedInTime"`;

async function communicationFigures(db: Db, year: number, now: Date) {
  const { start, end } = genevaYearBounds(year);
  // The letters the search lists for ?year= (sentAt in the Geneva year, published), with their first reply.
  const published = Prisma.sql`
    SELECT c."id", c."type"::text AS "type", c."addresseeStateId", c."sentAt", c."replyDueAt",
      ${replyPeriodEndedSql(now)} AS "periodEnded",
      (SELECT min(r."receivedAt") FROM "CommunicationReply" r WHERE r."communicationId" = c."id") AS "firstReplyAt"
    FROM "Communication" c
    WHERE ${publicScopeSql(now)} AND c."sentAt" >= ${start} AND c."sentAt" < ${end}`;
  const [byType, median, byState, byMandate] = await Promise.all([
    db.$queryRaw<({ type: CommunicationTypeCode } & ReplyCountRow)[]>`
      WITH p AS (${published})
      SELECT p."type", ${REPLY_COUNTS} FROM p GROUP BY p."type"`,
    db.$queryRaw<{ median: number | string | null }[]>`
      WITH p AS (${published})
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (p."firstReplyAt" - p."sentAt")) / 86400.0) AS "median"
      FROM p WHERE p."firstReplyAt" IS NOT NULL AND p."periodEnded"`,
    db.$queryRaw<(StateRef & ReplyCountRow)[]>`
      WITH p AS (${published})
      SELECT s."iso3", s."nameEn", s."nameFr", s."nameEs", s."nameAr", s."nameZh", s."nameRu", ${REPLY_COUNTS}
      FROM p JOIN "State" s ON s."id" = p."addresseeStateId"
      GROUP BY s."id" ORDER BY "sent" DESC, s."nameEn" ASC`,
    // A joint letter counts once for each mandate that signed it (the search's ?mandate=); one row per letter and mandate.
    db.$queryRaw<(MandateRef & ReplyCountRow)[]>`
      WITH p AS (${published})
      SELECT m."slug", m."titleEn", m."titleFr", m."titleEs", m."titleAr", m."titleZh", m."titleRu", ${REPLY_COUNTS}
      FROM p JOIN "CommunicationMandate" cm ON cm."communicationId" = p."id" AND cm."status" IN ('LEAD', 'SIGNED')
        JOIN "Mandate" m ON m."id" = cm."mandateId"
      GROUP BY m."id" ORDER BY "sent" DESC, m."titleEn" ASC`,
  ]);
  const zero: ReplyCountRow = { sent: 0, replied: 0, periodEnded: 0, repliedOfEnded: 0, repliedInTime: 0 };
  const types = Object.fromEntries(
    COMMUNICATION_TYPES.map((type) => {
      const { sent, replied, periodEnded, repliedOfEnded, repliedInTime } = byType.find((r) => r.type === type) ?? zero;
      return [type, replyFigures({ sent, replied, periodEnded, repliedOfEnded, repliedInTime })];
    }),
  ) as Record<CommunicationTypeCode, ReplyFigures>;
  const sum = (key: keyof ReplyCountRow) => byType.reduce((n, r) => n + r[key], 0);
  const overall = replyFigures({
    sent: sum("sent"),
    replied: sum("replied"),
    periodEnded: sum("periodEnded"),
    repliedOfEnded: sum("repliedOfEnded"),
    repliedInTime: sum("repliedInTime"),
  });
  const toStates = byState.reduce((n, r) => n + r.sent, 0);
  return {
    ...overall,
    medianDaysToReply: medianDays(median[0]?.median),
    byType: types,
    byState: byState.map((s) => ({ ...s, ...replyFigures(s) })),
    /** Letters to other actors (companies, armed groups, organisations: R6). */
    toOtherActors: overall.sent - toStates,
    byMandate: byMandate.map((m) => ({ ...m, ...replyFigures(m) })),
  };
}

async function visitFigures(db: Db, year: number) {
  // R9's annual report, reused as it stands: requests sent in the year, the States asked, the answers.
  const report = await getAnnualVisitReport({ year, db });
  const outcomes = { ACCEPTANCE: 0, DATES_PROPOSED: 0, POSTPONEMENT: 0, DECLINE: 0 } as Record<string, number>;
  for (const a of report.answers) outcomes[a.outcome] = (outcomes[a.outcome] ?? 0) + 1;
  const carriedOut = await db.visit.findMany({
    where: { startDate: { gte: jan1(year), lt: jan1(year + 1) }, visitRequest: { status: "COMPLETED" } },
    select: { visitRequest: { select: { stateId: true } } },
  });
  return {
    requested: report.requests.length,
    statesAsked: report.statesAsked.length,
    /** The State said yes, or proposed dates. */
    accepted: (outcomes.ACCEPTANCE ?? 0) + (outcomes.DATES_PROPOSED ?? 0),
    postponed: outcomes.POSTPONEMENT ?? 0,
    declined: outcomes.DECLINE ?? 0,
    statesNotAnswering: report.notAnsweredInCycle.length,
    carriedOut: carriedOut.length,
    statesVisited: new Set(carriedOut.map((v) => v.visitRequest.stateId)).size,
  };
}

async function standingInvitationFigures(db: Db, year: number) {
  const lastDay = new Date(Date.UTC(year, 11, 31));
  const [invitations, inForceAtEnd, visited] = await Promise.all([
    db.standingInvitation.findMany({ select: { extendedOn: true, withdrawnOn: true } }),
    db.standingInvitation.findMany({ where: standingInvitationInForce(lastDay), select: { stateId: true } }),
    db.visit.findMany({
      where: { startDate: { gte: jan1(year - EFFECTIVE_WINDOW_YEARS + 1), lt: jan1(year + 1) }, visitRequest: { status: "COMPLETED" } },
      select: { visitRequest: { select: { stateId: true } } },
    }),
  ]);
  const within = (d: Date | null) => d !== null && d >= jan1(year) && d < jan1(year + 1);
  const inForceStates = new Set(inForceAtEnd.map((si) => si.stateId));
  const visitedStates = new Set(visited.map((v) => v.visitRequest.stateId));
  return {
    extended: invitations.filter((si) => within(si.extendedOn)).length,
    withdrawn: invitations.filter((si) => within(si.withdrawnOn)).length,
    inForce: inForceStates.size,
    effective: [...inForceStates].filter((id) => visitedStates.has(id)).length,
  };
}

/** R8: the public register only — entries whose summary was cleared — by the year they were recorded (the register's year). */
async function reprisalFigures(db: Db, year: number, now: Date) {
  const rows = await db.reprisalCase.findMany({
    where: { AND: [publicReprisalScope(now), { createdAt: { gte: jan1(year), lt: jan1(year + 1) } }] },
    select: { state: { select: { iso3: true, regionalGroup: true, ...NAME_FIELDS } } },
  });
  const byRegion = Object.fromEntries(REGIONAL_GROUPS.map((g) => [g, rows.filter((r) => r.state.regionalGroup === g).length])) as Record<
    (typeof REGIONAL_GROUPS)[number],
    number
  >;
  const byState = new Map<string, StateRef & { count: number }>();
  for (const { state } of rows) {
    const { iso3, nameEn, nameFr, nameEs, nameAr, nameZh, nameRu } = state;
    byState.set(iso3, { iso3, nameEn, nameFr, nameEs, nameAr, nameZh, nameRu, count: (byState.get(iso3)?.count ?? 0) + 1 });
  }
  return {
    total: rows.length,
    byRegion,
    byState: [...byState.values()].sort((a, b) => b.count - a.count || a.nameEn.localeCompare(b.nameEn)),
  };
}

/** R12: issued calls whose deadline fell in the year (the public list's deadline filter), and the answers sent to them. */
async function callFigures(db: Db, year: number, now: Date) {
  const calls = await db.questionnaire.findMany({
    where: {
      AND: [publicCallScope(now), { deadline: { gte: genevaStartOfDay(`${year}-01-01`), lte: genevaEndOfDay(`${year}-12-31`) } }],
    },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    select: { id: true, title: true, deadline: true, audience: true },
  });
  // Submitted answers only: a draft, or a guest's answer not yet confirmed, has no submittedAt.
  const answers = await db.questionnaireResponse.findMany({
    where: { questionnaireId: { in: calls.map((c) => c.id) }, submittedAt: { not: null } },
    select: { questionnaireId: true, respondent: { select: { role: true } } },
  });
  const fromStates = answers.filter((a) => a.respondent?.role === "STATE").length;
  return {
    issued: calls.length,
    answers: answers.length,
    answersFromStates: fromStates,
    answersFromOthers: answers.length - fromStates,
    calls: calls.map((c) => ({ ...c, answers: answers.filter((a) => a.questionnaireId === c.id).length })),
  };
}

/** Case submissions received in the year (their receipt numbers' year): a count only, never a record. */
async function caseSubmissionFigures(db: Db, year: number) {
  const [received, urgent] = await Promise.all([
    db.caseSubmission.count({ where: { receiptYear: year, status: { not: "DRAFT" } } }),
    db.caseSubmission.count({ where: { receiptYear: year, status: { not: "DRAFT" }, urgent: true } }),
  ]);
  return { received, urgent };
}

/** Every figure of one year. */
export async function getYearFigures({ year, now, db = prisma }: { year: number; now: Date; db?: Db }) {
  const [communications, visits, standingInvitations, notVisited, reprisals, calls, caseSubmissions] = await Promise.all([
    communicationFigures(db, year, now),
    visitFigures(db, year),
    standingInvitationFigures(db, year),
    // Never visited by the end of the year: the same definition as /states?neverVisited=1 (lib/states/never-visited.ts).
    findNeverVisited({ lastDay: new Date(Date.UTC(year, 11, 31)), db }),
    reprisalFigures(db, year, now),
    callFigures(db, year, now),
    caseSubmissionFigures(db, year),
  ]);
  return { year, communications, visits, standingInvitations, neverVisited: notVisited, reprisals, calls, caseSubmissions };
}
export type YearFigures = Awaited<ReturnType<typeof getYearFigures>>;

/** The figures of `year` and of the year before, for comparison. */
export async function getFactsAndFigures({ year, now, db = prisma }: { year: number; now: Date; db?: Db }) {
  const [current, previous] = await Promise.all([getYearFigures({ year, now, db }), getYearFigures({ year: year - 1, now, db })]);
  const still = new Set(current.neverVisited.map((s) => s.iso3));
  // Visited for the first time: never visited at the end of last year, visited by the end of this one.
  const firstVisited = previous.neverVisited.filter((s) => !still.has(s.iso3));
  return { year, current, previous, firstVisited };
}
export type FactsAndFigures = Awaited<ReturnType<typeof getFactsAndFigures>>;

const memo = publicMemo<FactsAndFigures>({ max: 40 });

/**
 * The page, the CSV and the PDF of a year share one computation under the public data's version
 * (lib/public-cache/memo.ts): any audited change, on any instance, or a letter becoming public,
 * makes the next request compute it again.
 */
export function getFactsAndFiguresCached({ year, now }: { year: number; now: Date }): Promise<FactsAndFigures> {
  return memo.get(String(year), () => getFactsAndFigures({ year, now }));
}
