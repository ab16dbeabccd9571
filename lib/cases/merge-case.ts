import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { transition } from "./transition";
import type { MergeCaseInput } from "./schemas";

/**
 * Two submissions about the same situation: the secretariat merges the duplicate into the one that
 * carries on (named by its receipt number). The duplicate is closed and points to it; its source sees
 * "closed" — its information is followed with the other submission. The target must be open.
 */
export async function mergeCase({ actor, input }: { actor: Actor; input: MergeCaseInput }) {
  assertCan(actor, "case:triage");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const target = await tx.caseSubmission.findUnique({
      where: { receiptNumber: input.intoReceipt },
      select: { id: true, status: true },
    });
    if (!target || target.status === "DRAFT") {
      throw new AppError("INVALID_INPUT", "Unknown receipt", { intoReceipt: ["cases.receiptUnknown"] });
    }
    if (target.id === input.caseId) throw new AppError("INVALID_INPUT", "Same submission", { intoReceipt: ["cases.mergeSelf"] });
    if (target.status === "CLOSED") throw new AppError("INVALID_INPUT", "Closed target", { intoReceipt: ["cases.mergeClosed"] });
    const moved = await transition(tx, {
      caseId: input.caseId,
      event: "merge",
      now,
      extra: { closure: "MERGED", mergedIntoId: target.id },
    });
    await writeAudit(tx, {
      actor,
      action: "case.merge",
      entityType: "CaseSubmission",
      entityId: moved.id,
      before: { status: moved.before },
      after: { status: moved.after, closure: "MERGED", mergedIntoId: target.id },
    });
    return { id: moved.id, mergedIntoId: target.id };
  });
}
