import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { holderUserIds, notify } from "../notifications/notify";
import { transition } from "./transition";
import type { AssignCaseInput } from "./schemas";

/**
 * The secretariat assigns a submission to one or more mandates (issue 17): the set chosen replaces
 * the previous one, and the holders of those mandates — only those — then see it. Suggestions stay.
 */
export async function assignCase({ actor, input }: { actor: Actor; input: AssignCaseInput }) {
  assertCan(actor, "case:triage");
  const mandateIds = [...new Set([...input.mandateIds, ...(input.otherMandateId ? [input.otherMandateId] : [])])];
  if (mandateIds.length === 0) throw new AppError("INVALID_INPUT", "No mandate", { mandateIds: ["cases.mandateRequired"] });
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    if ((await tx.mandate.count({ where: { id: { in: mandateIds }, active: true } })) !== mandateIds.length) {
      throw new AppError("INVALID_INPUT", "Unknown mandate", { mandateIds: ["errors.NOT_FOUND"] });
    }
    const moved = await transition(tx, { caseId: input.caseId, event: "assign", now });
    const before = await tx.caseSubmissionMandate.findMany({
      where: { caseId: moved.id, assignedAt: { not: null } },
      select: { mandateId: true },
    });
    await tx.caseSubmissionMandate.updateMany({
      where: { caseId: moved.id, mandateId: { notIn: mandateIds } },
      data: { assignedAt: null, assignedById: null },
    });
    const kept = new Set(before.map((b) => b.mandateId));
    for (const mandateId of mandateIds.filter((m) => !kept.has(m))) {
      await tx.caseSubmissionMandate.upsert({
        where: { caseId_mandateId: { caseId: moved.id, mandateId } },
        create: { caseId: moved.id, mandateId, assignedAt: now, assignedById: actor.userId },
        update: { assignedAt: now, assignedById: actor.userId },
      });
    }
    // The holders of the mandates newly assigned are told: the submission waits for them.
    const added = mandateIds.filter((m) => !kept.has(m));
    if (added.length) {
      const c = await tx.caseSubmission.findUniqueOrThrow({ where: { id: moved.id }, select: { receiptNumber: true } });
      await notify(tx, {
        kind: "case.assigned",
        recipients: await holderUserIds(tx, added, now),
        params: { receipt: c.receiptNumber ?? "" },
        link: `/portal/mandate-holder/cases/${moved.id}`,
        record: { type: "CaseSubmission", id: moved.id },
        now,
      });
    }
    // Suggestions that were never assigned stay; rows that are neither go.
    await tx.caseSubmissionMandate.deleteMany({ where: { caseId: moved.id, suggested: false, assignedAt: null } });
    await writeAudit(tx, {
      actor,
      action: "case.assign",
      entityType: "CaseSubmission",
      entityId: moved.id,
      before: { status: moved.before, mandateIds: [...kept].sort() },
      after: { status: moved.after, mandateIds: [...mandateIds].sort() },
    });
    return { id: moved.id, status: moved.after };
  });
}
