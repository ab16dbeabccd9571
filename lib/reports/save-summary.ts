import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { loadReportForUpdate } from "./load-report";
import type { SummaryInput } from "./schemas";

/**
 * R19: the one-page summary of a report (the main issues, what the holder would welcome views on),
 * written by the mandate's holder or the secretariat. It stays internal until they make it public —
 * before the interactive dialogue, whether or not the report itself is published yet. Once public, a
 * corrected text is public at once.
 */
export async function saveSummary({ actor, input }: { actor: Actor; input: SummaryInput }): Promise<{ id: string; public: boolean }> {
  assertCan(actor, "report:manage");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const r = await loadReportForUpdate(tx, actor, input.reportId);
    const publishNow = input.publish && r.summaryPublishedAt === null;
    await tx.report.update({
      where: { id: r.id },
      data: { summary: input.summary, ...(publishNow ? { summaryPublishedAt: now } : {}) },
      select: { id: true },
    });
    await writeAudit(tx, {
      actor,
      action: publishNow ? "report.publish-summary" : "report.save-summary",
      entityType: "Report",
      entityId: r.id,
      before: { summary: r.summary, summaryPublishedAt: r.summaryPublishedAt },
      after: { summary: input.summary, summaryPublishedAt: publishNow ? now : r.summaryPublishedAt },
    });
    return { id: r.id, public: publishNow || r.summaryPublishedAt !== null };
  });
}
