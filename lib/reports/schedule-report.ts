import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { writeAudit } from "../platform/write-audit";
import { loadReportForUpdate } from "./load-report";
import type { ScheduleInput } from "./schemas";

/**
 * R19: the secretariat puts a report on a session's programme — the body (Council or General
 * Assembly), the session and the day it is due. From then on the report is listed on the public page
 * of that session, with its late flag.
 */
export async function scheduleReport({ actor, input }: { actor: Actor; input: ScheduleInput }): Promise<{ id: string }> {
  assertCan(actor, "report:schedule");
  return prisma.$transaction(async (tx) => {
    const r = await loadReportForUpdate(tx, actor, input.reportId);
    const data = { body: input.body, councilSession: input.councilSession, dueAt: input.dueAt };
    await tx.report.update({ where: { id: r.id }, data, select: { id: true } });
    await writeAudit(tx, {
      actor,
      action: "report.schedule",
      entityType: "Report",
      entityId: r.id,
      before: { body: r.body, councilSession: r.councilSession, dueAt: r.dueAt },
      after: data,
    });
    return { id: r.id };
  });
}
