import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../core/errors";
import { genevaYear } from "../core/geneva";
import { publicCommunicationScope } from "../communications/scope";
import { fillYearCounts } from "../statistics/cooperation";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";
import { publicReportScope } from "../reports/scope";
import { dueStatus } from "../reports/rules";

export const MANDATE_LATEST_COMMUNICATIONS = 10;

/**
 * The public page of one mandate: its holders past and present, its published communications
 * (counts by year and the latest ten — R5: published only), its visit requests and its reports.
 * A communication belongs to the mandate when the mandate led it or signed it.
 */
export async function getMandatePage({ slug, now, db = prisma }: { slug: string; now: Date; db?: Db }) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) throw new AppError("NOT_FOUND", "No such mandate");
  const mandate = await db.mandate.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      kind: true,
      body: true,
      ...TITLE_FIELDS,
      established: true,
      active: true,
      country: { select: { iso3: true, ...NAME_FIELDS } },
      tenures: {
        orderBy: [{ startDate: "desc" }, { role: "asc" }],
        select: { id: true, role: true, startDate: true, endDate: true, mandateHolder: { select: { name: true } } },
      },
    },
  });
  if (!mandate) throw new AppError("NOT_FOUND", "No such mandate");

  const where: Prisma.CommunicationWhereInput = {
    AND: [publicCommunicationScope(now), { mandates: { some: { mandateId: mandate.id, status: { in: ["LEAD", "SIGNED"] } } } }],
  };
  const [byYear, total, latest, visitRequests, reports] = await Promise.all([
    db.communication.groupBy({ by: ["referenceYear"], where, _count: { _all: true }, orderBy: { referenceYear: "asc" } }),
    db.communication.count({ where }),
    db.communication.findMany({
      where,
      orderBy: [{ sentAt: "desc" }, { id: "asc" }],
      take: MANDATE_LATEST_COMMUNICATIONS,
      select: {
        id: true,
        reference: true,
        type: true,
        subject: true,
        sentAt: true,
        addresseeState: { select: { iso3: true, ...NAME_FIELDS } },
        addresseeOtherActor: { select: { name: true } },
      },
    }),
    db.visitRequest.findMany({
      where: { mandateId: mandate.id, status: { not: "DRAFT" } },
      orderBy: [{ requestedAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        requestedAt: true,
        answeredAt: true,
        state: { select: { iso3: true, ...NAME_FIELDS } },
        visit: { select: { startDate: true, endDate: true } },
      },
    }),
    // Reports are public once published (R11) or scheduled for a session (R19).
    db.report.findMany({
      where: { AND: [{ mandateId: mandate.id }, publicReportScope(now)] },
      orderBy: [{ presentedAt: { sort: "desc", nulls: "last" } }, { symbol: "asc" }],
      select: { id: true, symbol: true, title: true, presentedAt: true, body: true, councilSession: true, dueAt: true, submittedAt: true },
    }),
  ]);

  const isCurrent = (t: { startDate: Date; endDate: Date | null }) => t.startDate <= now && (t.endDate === null || t.endDate >= now);
  const currentYear = genevaYear(now);
  return {
    ...mandate,
    tenures: mandate.tenures.map((t) => ({ ...t, current: isCurrent(t) })),
    communications: {
      total,
      byYear: fillYearCounts(
        byYear.flatMap((r) => (r.referenceYear === null ? [] : [{ year: r.referenceYear, count: r._count._all }])),
        currentYear,
      ),
      latest,
    },
    visitRequests,
    // R19's late flag beside each report: the list R20's "reports delayed" of the mandate points to.
    reports: reports.map((r) => ({ ...r, dueStatus: dueStatus(r, now) })),
  };
}
export type MandatePage = Awaited<ReturnType<typeof getMandatePage>>;
