import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { genevaYearBounds } from "../core/geneva";
import { loadPage } from "../core/pagination";
import { PUBLIC_REPORT_SELECT, publicView, publicVisitRequests } from "../reports/get-public-report";
import { publicVisitRequestScope } from "../visits/scope";
import { publicReportScope } from "../reports/scope";
import type { ApiReportParams } from "./report-params";
import { reportToJson, type ApiReport } from "./report-rows";

/**
 * The filters of the report list. `year`: reports due that Geneva year — or, without a due date,
 * published in it. `state`: reports on visits to the State (as R20 counts its reports delayed).
 */
function reportFilters(p: ApiReportParams): Prisma.ReportWhereInput[] {
  const where: Prisma.ReportWhereInput[] = [];
  if (p.mandate) where.push({ mandate: { slug: p.mandate } });
  if (p.body) where.push({ body: p.body });
  if (p.session !== undefined) where.push({ councilSession: p.session });
  if (p.kind) where.push({ kind: p.kind });
  if (p.state) where.push({ visit: { visitRequest: { AND: [publicVisitRequestScope, { state: { iso3: p.state } }] } } });
  if (p.year !== undefined) {
    const { start, end } = genevaYearBounds(p.year);
    const days = { gte: new Date(Date.UTC(p.year, 0, 1)), lt: new Date(Date.UTC(p.year + 1, 0, 1)) };
    where.push({ OR: [{ dueAt: days }, { dueAt: null, publishedAt: { gte: start, lt: end } }] });
  }
  return where;
}

/**
 * One page of the public reports (R19) for the open data: the pages' own public rule
 * (publicReportScope, publicView), those due last first, then by symbol.
 */
export async function listPublicReports({
  params,
  now,
}: {
  params: ApiReportParams;
  now: Date;
}): Promise<{ total: number; pages: number; rows: ApiReport[] }> {
  const where: Prisma.ReportWhereInput = { AND: [publicReportScope(now), ...reportFilters(params)] };
  const { total, pages, rows } = await loadPage({
    page: params.page,
    size: params.pageSize,
    count: () => prisma.report.count({ where }),
    rows: (window) =>
      prisma.report.findMany({
        where,
        orderBy: [{ dueAt: { sort: "desc", nulls: "last" } }, { publishedAt: { sort: "desc", nulls: "last" } }, { symbol: "asc" }],
        ...window,
        select: PUBLIC_REPORT_SELECT,
      }),
  });
  const publicRequests = await publicVisitRequests(rows);
  return { total, pages, rows: rows.map((r) => reportToJson(publicView(r, now, publicRequests), now)) };
}
