import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";
import { schedulesReports } from "../auth/reports-policy";

const NOTHING: Prisma.ReportWhereInput = { id: { in: [] } };

/** R19: the reports an actor keeps in the portal — the secretariat all, a holder its mandates' (serving now). */
export function reportScopeFor(actor: Actor | null): Prisma.ReportWhereInput {
  if (!actor || !can(actor, "report:manage")) return NOTHING;
  if (schedulesReports(actor)) return {};
  if (actor.role === "MANDATE_HOLDER") return { mandateId: { in: [...actor.mandateIds] } };
  return NOTHING;
}

/**
 * R19: what the public sees of a report. A report the secretariat scheduled for a session (a session
 * and a due day: the Council's programme of work is public) or published: its symbol, title, dates
 * and late flag. Its documents only once published; its summary only once the summary is published
 * (publicSummary, publicDocuments). A session alone does not make a report public: a holder records
 * the session of an unpublished visit report (lib/visits/report.ts) before anyone may read it.
 */
export function publicReportScope(now: Date): Prisma.ReportWhereInput {
  return { OR: [{ councilSession: { not: null }, dueAt: { not: null } }, { publishedAt: { lte: now } }] };
}

export function reportPublished(r: { publishedAt: Date | null }, now: Date): boolean {
  return r.publishedAt !== null && r.publishedAt <= now;
}

/** The summary as the public may read it: null until its publication instant. */
export function publicSummary(r: { summary: string | null; summaryPublishedAt: Date | null }, now: Date): string | null {
  return r.summary && r.summaryPublishedAt && r.summaryPublishedAt <= now ? r.summary : null;
}
