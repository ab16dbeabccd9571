import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan, servesMandate } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { now } from "../core/clock";

/** A co-signing mandate's holder signs or declines a joint communication it was invited to. */
export async function respondCosign({
  actor,
  input,
}: {
  actor: Actor;
  input: { communicationId: string; mandateId: string; decision: "SIGNED" | "DECLINED"; comment: string | null };
}) {
  assertCan(actor, "communication:cosign");
  if (!servesMandate(actor, input.mandateId)) throw new AppError("NOT_FOUND", "No such invitation");
  return prisma.$transaction(async (tx) => {
    const link = await tx.communicationMandate.findUnique({
      where: { communicationId_mandateId: { communicationId: input.communicationId, mandateId: input.mandateId } },
      select: { status: true, communication: { select: { status: true } } },
    });
    if (!link || link.status === "LEAD") throw new AppError("NOT_FOUND", "No such invitation");
    if (!["DRAFT", "IN_REVIEW", "RETURNED"].includes(link.communication.status)) {
      throw new AppError("CONFLICT", "communications.cosignClosed");
    }
    const after = await tx.communicationMandate.update({
      where: { communicationId_mandateId: { communicationId: input.communicationId, mandateId: input.mandateId } },
      data: { status: input.decision, respondedAt: now(), comment: input.comment },
      select: { status: true, respondedAt: true, comment: true },
    });
    await writeAudit(tx, {
      actor,
      action: input.decision === "SIGNED" ? "communication.cosign" : "communication.decline-cosign",
      entityType: "Communication",
      entityId: input.communicationId,
      before: { mandateId: input.mandateId, status: link.status },
      after: { mandateId: input.mandateId, ...after },
    });
    return after;
  });
}
