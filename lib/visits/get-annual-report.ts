import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import { annualVisitReport, type ReportRequest } from "./annual-report";
import { cycleOf, delaySummary, presentationDelayDays } from "./calendar";
import { ANSWER_EVENTS } from "./state-machine";
import { publicVisitRequestScope } from "./scope";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

const STATE = { iso3: true, ...NAME_FIELDS } as const;
const MANDATE = { slug: true, ...TITLE_FIELDS } as const;

/**
 * R9: the annual visit report of `year` (a Geneva calendar year), overall or for one mandate (by
 * slug). Loads every sent request up to the end of the year with its answers (one query, the answers
 * joined by Prisma in a second), then applies the pure rules of annual-report.ts. Only facts that are
 * public are used: statuses, dates and the kinds of answers.
 */
export async function getAnnualVisitReport({ year, mandateSlug, db = prisma }: { year: number; mandateSlug?: string; db?: Db }) {
  const cycle = cycleOf(year);
  const mandate = mandateSlug ? await db.mandate.findUnique({ where: { slug: mandateSlug }, select: { id: true, ...MANDATE } }) : null;
  const rows = await db.visitRequest.findMany({
    // R9 reports the mandates' requests and the States' answers; a State's invitation is not a request
    // (R20 counts those, on the mandates' side).
    where: {
      AND: [publicVisitRequestScope, { initiator: "MANDATE", requestedAt: { lt: cycle.end } }, mandate ? { mandateId: mandate.id } : {}],
    },
    select: {
      id: true,
      mandateId: true,
      stateId: true,
      status: true,
      requestedAt: true,
      updatedAt: true,
      stateProposedStart: true,
      stateProposedEnd: true,
      mandate: { select: MANDATE },
      state: { select: STATE },
      visit: { select: { startDate: true, endDate: true } },
      events: { where: { kind: { in: [...ANSWER_EVENTS, "WITHDRAWAL"] } }, select: { kind: true, at: true } },
    },
  });
  const requests = rows.map((r) => ({
    ...r,
    requestedAt: r.requestedAt!,
    answers: r.events.filter((e) => e.kind !== "WITHDRAWAL"),
    // Older records have no withdrawal entry: their last change is when they were withdrawn.
    withdrawnAt: r.status === "WITHDRAWN" ? (r.events.find((e) => e.kind === "WITHDRAWAL")?.at ?? r.updatedAt) : null,
    timeframe:
      r.visit && (r.status === "SCHEDULED" || r.status === "COMPLETED")
        ? { start: r.visit.startDate, end: r.visit.endDate }
        : r.stateProposedStart
          ? { start: r.stateProposedStart, end: r.stateProposedEnd }
          : null,
  })) satisfies ReportRequest[];
  const report = annualVisitReport(requests, cycle);
  const states = new Map(requests.map((r) => [r.stateId, r.state]));
  return { ...report, mandate, states };
}
export type AnnualVisitReportData = Awaited<ReturnType<typeof getAnnualVisitReport>>;

/** R11: per mandate, the delay from the end of each visit to the presentation of its report. */
export async function getPresentationDelays({ db = prisma }: { db?: Db } = {}) {
  const visits = await db.visit.findMany({
    where: { visitRequest: { status: "COMPLETED" } },
    select: {
      endDate: true,
      visitRequest: { select: { mandate: { select: MANDATE } } },
      reports: { where: { publishedAt: { not: null } }, select: { presentedAt: true } },
    },
  });
  const byMandate = new Map<string, { mandate: (typeof visits)[number]["visitRequest"]["mandate"]; delays: (number | null)[] }>();
  for (const v of visits) {
    const m = v.visitRequest.mandate;
    const entry = byMandate.get(m.slug) ?? { mandate: m, delays: [] };
    entry.delays.push(presentationDelayDays(v.endDate, v.reports.find((r) => r.presentedAt)?.presentedAt ?? null));
    byMandate.set(m.slug, entry);
  }
  return [...byMandate.values()]
    .map(({ mandate, delays }) => ({ mandate, visits: delays.length, ...delaySummary(delays) }))
    .sort((a, b) => a.mandate.titleEn.localeCompare(b.mandate.titleEn));
}
