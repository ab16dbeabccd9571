import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";
import { publicReportScope, publicSummary, reportPublished } from "./scope";
import { dueStatus, REPORT_LANGUAGES, type ReportBodyCode } from "./rules";
import { publicVisitRequestScope } from "../visits/scope";

export const PUBLIC_REPORT_SELECT = {
  id: true,
  symbol: true,
  title: true,
  kind: true,
  body: true,
  councilSession: true,
  dueAt: true,
  submittedAt: true,
  publishedAt: true,
  presentedAt: true,
  summary: true,
  summaryPublishedAt: true,
  mandate: { select: { slug: true, ...TITLE_FIELDS } },
  visit: { select: { visitRequestId: true, visitRequest: { select: { state: { select: { iso3: true, ...NAME_FIELDS } } } } } },
  themes: { select: { theme: { select: { slug: true, kind: true, sdgNumber: true, ...NAME_FIELDS } } } },
  documents: { select: { id: true, language: true, size: true } },
} as const satisfies Prisma.ReportSelect;

export type PublicReportRow = Prisma.ReportGetPayload<{ select: typeof PUBLIC_REPORT_SELECT }>;

/**
 * What the public reads of a report (R19): its summary only once made public, its documents (in the
 * UN order of the languages) only once the report is published, and its late flag.
 */
export function publicView(r: PublicReportRow, now: Date, publicRequests: ReadonlySet<string>) {
  const published = reportPublished(r, now);
  const order = (l: string | null) => REPORT_LANGUAGES.indexOf((l ?? "") as (typeof REPORT_LANGUAGES)[number]);
  return {
    id: r.id,
    symbol: r.symbol,
    title: r.title,
    kind: r.kind,
    body: r.body,
    councilSession: r.councilSession,
    dueAt: r.dueAt,
    submittedAt: r.submittedAt,
    publishedAt: published ? r.publishedAt : null,
    presentedAt: r.presentedAt,
    summary: publicSummary(r, now),
    summaryPublishedAt: publicSummary(r, now) ? r.summaryPublishedAt : null,
    mandate: r.mandate,
    // A visit is linked only where its page is public (requests never sent are nobody's business).
    visit:
      r.visit && publicRequests.has(r.visit.visitRequestId)
        ? { visitRequestId: r.visit.visitRequestId, state: r.visit.visitRequest.state }
        : null,
    themes: r.themes.map((t) => t.theme),
    documents: published
      ? r.documents
          .filter((d) => d.language)
          .map((d) => ({ id: d.id, language: d.language!, size: d.size }))
          .sort((a, b) => order(a.language) - order(b.language))
      : [],
    dueStatus: dueStatus(r, now),
  };
}
export type PublicReport = ReturnType<typeof publicView>;

/** Of the visits these reports are about, the requests on the public record (R9's own scope, not a copy of it). */
export async function publicVisitRequests(rows: readonly PublicReportRow[]): Promise<Set<string>> {
  const ids = rows.flatMap((r) => (r.visit ? [r.visit.visitRequestId] : []));
  if (ids.length === 0) return new Set();
  const found = await prisma.visitRequest.findMany({
    where: { AND: [publicVisitRequestScope, { id: { in: ids } }] },
    select: { id: true },
  });
  return new Set(found.map((v) => v.id));
}

/** One public report, or null (unknown, or neither scheduled nor published). */
export async function getPublicReport({ reportId, now }: { reportId: string; now: Date }): Promise<PublicReport | null> {
  if (!z.uuid().safeParse(reportId).success) return null;
  const r = await prisma.report.findFirst({ where: { AND: [{ id: reportId }, publicReportScope(now)] }, select: PUBLIC_REPORT_SELECT });
  return r ? publicView(r, now, await publicVisitRequests([r])) : null;
}

/** R19: the reports to be presented at one session of the Council or the General Assembly. */
export async function getSessionReports({ body, session, now }: { body: ReportBodyCode; session: number; now: Date }) {
  const rows = await prisma.report.findMany({
    where: { AND: [publicReportScope(now), { body, councilSession: session }] },
    orderBy: [{ symbol: "asc" }],
    select: PUBLIC_REPORT_SELECT,
  });
  const publicRequests = await publicVisitRequests(rows);
  return rows.map((r) => publicView(r, now, publicRequests));
}

/** Every session with public reports on its programme, newest first, with how many. */
export async function findPublicSessions({ now }: { now: Date }) {
  const groups = await prisma.report.groupBy({
    by: ["body", "councilSession"],
    where: { AND: [publicReportScope(now), { councilSession: { not: null } }] },
    orderBy: [{ body: "asc" }, { councilSession: "desc" }],
    _count: { _all: true },
  });
  return groups.flatMap((g) => (g.councilSession === null ? [] : [{ body: g.body, number: g.councilSession, count: g._count._all }]));
}
