import "server-only";
import type { TransactionClient } from "../db/types";
import type { Actor } from "../auth/actor";
import { mayManageReport } from "../auth/reports-policy";
import { AppError } from "../core/errors";
import { reportScopeFor } from "./scope";

export const REPORT_RECORD_SELECT = {
  id: true,
  mandateId: true,
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
} as const;

/**
 * The report an actor is about to change, locked for the transaction. The owner comes from the record:
 * a report outside the actor's reports (another mandate's) is not found (R19).
 */
export async function loadReportForUpdate(tx: TransactionClient, actor: Actor, reportId: string) {
  const r = await tx.report.findFirst({ where: { AND: [{ id: reportId }, reportScopeFor(actor)] }, select: REPORT_RECORD_SELECT });
  if (!r || !mayManageReport(actor, r)) throw new AppError("NOT_FOUND", "No such report");
  await tx.$queryRaw`SELECT 1 FROM "Report" WHERE "id" = ${r.id}::uuid FOR UPDATE`;
  return r;
}
