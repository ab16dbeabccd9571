import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../audit/write-audit";
import { now } from "../core/clock";

/** The secretariat approves a letter in review, or returns it to the lead mandate with comments. */
export async function reviewCommunication({
  actor,
  input,
}: {
  actor: Actor;
  input: { communicationId: string; decision: "approve" | "return"; comment: string | null };
}) {
  assertCan(actor, "communication:review");
  return prisma.$transaction(async (tx) => {
    const c = await tx.communication.findUnique({
      where: { id: input.communicationId },
      select: { id: true, status: true, mandates: { select: { status: true } } },
    });
    if (!c) throw new AppError("NOT_FOUND", "No such communication");
    if (c.status !== "IN_REVIEW") throw new AppError("CONFLICT", "communications.notInReview");
    if (input.decision === "approve" && c.mandates.some((m) => m.status === "INVITED")) {
      throw new AppError("CONFLICT", "communications.cosignPending");
    }
    const status = input.decision === "approve" ? "APPROVED" : "RETURNED";
    await tx.communication.update({
      where: { id: c.id },
      data: { status, reviewComment: input.comment, approvedAt: status === "APPROVED" ? now() : null },
    });
    await writeAudit(tx, {
      actor,
      action: `communication.${input.decision}`,
      entityType: "Communication",
      entityId: c.id,
      before: { status: c.status },
      after: { status, comment: input.comment },
    });
    return { id: c.id, status };
  });
}
