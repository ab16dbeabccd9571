import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { now as clockNow } from "../core/clock";
import { genevaCalendarDate } from "../core/geneva";
import { loadPage } from "../core/pagination";
import { TITLE_FIELDS } from "../i18n/localized";
import { reportScopeFor } from "./scope";
import { dueStatus, type ReportBodyCode } from "./rules";

/** R19, in SQL: submitted after the due day, or not submitted and the due day (Geneva) is over. */
export function lateReportWhere(now: Date): Prisma.ReportWhereInput {
  return {
    dueAt: { not: null },
    OR: [{ submittedAt: null, dueAt: { lt: genevaCalendarDate(now) } }, { submittedAt: { gt: prisma.report.fields.dueAt } }],
  };
}

/**
 * R19: the reports an actor keeps — a holder its mandates', the secretariat all — optionally of one
 * session, or only the late ones; those due first come first, unscheduled ones last.
 */
export async function findReports({
  actor,
  session,
  lateOnly = false,
  page,
}: {
  actor: Actor;
  session?: { body: ReportBodyCode; number: number } | undefined;
  lateOnly?: boolean;
  page: number;
}) {
  assertCan(actor, "report:manage");
  const now = clockNow();
  const where: Prisma.ReportWhereInput = {
    AND: [
      reportScopeFor(actor),
      session ? { body: session.body, councilSession: session.number } : {},
      lateOnly ? lateReportWhere(now) : {},
    ],
  };
  const result = await loadPage({
    page,
    count: () => prisma.report.count({ where }),
    rows: (window) =>
      prisma.report.findMany({
        where,
        orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { symbol: "asc" }],
        ...window,
        select: {
          id: true,
          symbol: true,
          title: true,
          body: true,
          councilSession: true,
          dueAt: true,
          submittedAt: true,
          presentedAt: true,
          summaryPublishedAt: true,
          mandate: { select: { slug: true, ...TITLE_FIELDS } },
        },
      }),
  });
  return { ...result, rows: result.rows.map((r) => ({ ...r, dueStatus: dueStatus(r, now) })) };
}
export type ReportRow = Awaited<ReturnType<typeof findReports>>["rows"][number];

/** The sessions reports are scheduled for, newest first: the choices of the portal's session filter. */
export async function findReportSessions({ actor }: { actor: Actor }) {
  assertCan(actor, "report:manage");
  const groups = await prisma.report.groupBy({
    by: ["body", "councilSession"],
    where: { AND: [reportScopeFor(actor), { councilSession: { not: null } }] },
    orderBy: [{ body: "asc" }, { councilSession: "desc" }],
  });
  return groups.flatMap((g) => (g.councilSession === null ? [] : [{ body: g.body, number: g.councilSession }]));
}
