import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import type { Prisma } from "../generated/prisma/client";
import type { VisitEventKind } from "../generated/prisma/enums";
import { publicEventScope, publicVisitRequestScope } from "../visits/scope";
import { publicReportScope } from "../reports/scope";
import { spSideFigures, type SpSideFigures } from "./sp-side";

/** The public timeline events the figures are counted from. */
const KINDS: readonly VisitEventKind[] = [
  "ACCEPTANCE",
  "SCHEDULED",
  "FOLLOW_UP",
  "INVITATION",
  "INVITATION_ACCEPTED",
  "INVITATION_DECLINED",
  "INVITATION_DEFERRED",
];

/**
 * R20: the Special Procedures' side of cooperation for one State, one mandate, or all of them — from
 * the public record only (sent requests and States' invitations, their public timeline events, public
 * reports), so the same figures may be shown to anyone. The rule is in sp-side.ts. Reports delayed:
 * the public reports with a due date (R19) of the mandate, or of all; for a State, the reports on
 * visits to that State (a thematic report, or a country mandate's report not on a visit, belongs to
 * no State here).
 */
export async function getSpSide({
  stateId,
  mandateId,
  now,
  db = prisma,
}: {
  stateId?: string;
  mandateId?: string;
  now: Date;
  db?: Db;
}): Promise<SpSideFigures> {
  const where: Prisma.VisitRequestWhereInput = {
    AND: [publicVisitRequestScope, ...(stateId ? [{ stateId }] : []), ...(mandateId ? [{ mandateId }] : [])],
  };
  const reportWhere: Prisma.ReportWhereInput = {
    AND: [
      publicReportScope(now),
      { dueAt: { not: null } },
      ...(mandateId ? [{ mandateId }] : []),
      ...(stateId ? [{ visit: { visitRequest: { AND: [publicVisitRequestScope, { stateId }] } } }] : []),
    ],
  };
  const [rows, reports] = await Promise.all([
    db.visitRequest.findMany({
      where,
      select: {
        status: true,
        initiator: true,
        events: {
          where: { AND: [publicEventScope, { kind: { in: [...KINDS] }, at: { lte: now } }] },
          orderBy: { at: "asc" },
          select: { kind: true, at: true },
        },
        visit: {
          select: {
            endDate: true,
            reports: {
              where: { publishedAt: { not: null, lte: now }, submittedAt: { not: null } },
              orderBy: { submittedAt: "asc" },
              take: 1,
              select: { submittedAt: true },
            },
          },
        },
      },
    }),
    db.report.findMany({ where: reportWhere, select: { dueAt: true, submittedAt: true } }),
  ]);
  return spSideFigures(
    rows.map((r) => {
      const first = (kind: string) => r.events.find((e) => e.kind === kind)?.at ?? null;
      return {
        status: r.status,
        invitedAt: r.initiator === "STATE" ? first("INVITATION") : null,
        invitationAnswers: r.events.flatMap((e) =>
          e.kind === "INVITATION_ACCEPTED" || e.kind === "INVITATION_DECLINED" || e.kind === "INVITATION_DEFERRED"
            ? [{ kind: e.kind, at: e.at }]
            : [],
        ),
        acceptedAt: first("ACCEPTANCE"),
        scheduledAt: first("SCHEDULED"),
        visitEnd: r.visit?.endDate ?? null,
        followUpsAt: r.events.filter((e) => e.kind === "FOLLOW_UP").map((e) => e.at),
        reportSubmittedAt: r.visit?.reports[0]?.submittedAt ?? null,
      };
    }),
    now,
    reports.flatMap((r) => (r.dueAt ? [{ dueAt: r.dueAt, submittedAt: r.submittedAt }] : [])),
  );
}
