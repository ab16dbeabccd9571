import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { schedulesReports } from "../auth/reports-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";
import { reportScopeFor } from "./scope";
import { dueStatus } from "./rules";
import { REPORT_RECORD_SELECT } from "./load-report";

/** R19: a report as its holder or the secretariat keeps it, with what each may do. Others: not found. */
export async function getReport({ actor, reportId }: { actor: Actor; reportId: string }) {
  assertCan(actor, "report:manage");
  if (!z.uuid().safeParse(reportId).success) throw new AppError("NOT_FOUND", "No such report");
  const r = await prisma.report.findFirst({
    where: { AND: [{ id: reportId }, reportScopeFor(actor)] },
    select: {
      ...REPORT_RECORD_SELECT,
      visitId: true,
      mandate: { select: { slug: true, ...TITLE_FIELDS } },
      themes: { select: { themeId: true, theme: { select: { slug: true, kind: true, sdgNumber: true, ...NAME_FIELDS } } } },
      documents: { orderBy: { language: "asc" }, select: { id: true, language: true, fileName: true, size: true } },
    },
  });
  if (!r) throw new AppError("NOT_FOUND", "No such report");
  const now = clockNow();
  return { ...r, dueStatus: dueStatus(r, now), maySchedule: schedulesReports(actor) };
}
export type ReportDetail = Awaited<ReturnType<typeof getReport>>;
