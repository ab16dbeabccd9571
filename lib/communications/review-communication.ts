import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { now } from "../core/clock";
import { holderUserIds, notify } from "../notifications/notify";

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
      select: { id: true, status: true, subject: true, draftedById: true, mandates: { select: { status: true, mandateId: true } } },
    });
    if (!c) throw new AppError("NOT_FOUND", "No such communication");
    if (c.status !== "IN_REVIEW") throw new AppError("CONFLICT", "communications.notInReview");
    if (input.decision === "approve" && c.mandates.some((m) => m.status === "INVITED")) {
      throw new AppError("CONFLICT", "communications.cosignPending");
    }
    const status = input.decision === "approve" ? "APPROVED" : "RETURNED";
    const at = now();
    await tx.communication.update({
      where: { id: c.id },
      data: { status, reviewComment: input.comment, approvedAt: status === "APPROVED" ? at : null },
    });
    // The lead mandate's holders (and whoever drafted it) are told: a returned letter waits for them.
    const lead = c.mandates.filter((m) => m.status === "LEAD").map((m) => m.mandateId);
    await notify(tx, {
      kind: status === "APPROVED" ? "communication.approved" : "communication.returned",
      recipients: [...(await holderUserIds(tx, lead, at)), ...(c.draftedById ? [c.draftedById] : [])],
      params: { title: c.subject },
      link: `/portal/mandate-holder/communications/${c.id}`,
      record: { type: "Communication", id: c.id },
      now: at,
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
