import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { isOpen, nextOpening } from "../platform/business-hours";
import { getBusinessHours, HELD_OUTSIDE_BUSINESS_HOURS, sendsWhateverTheHour } from "../platform/enqueue-mail";

export const retryMailSchema = z.object({ id: z.uuid() });

/**
 * The secretariat sends a mail that could not be delivered (FAILED after its last attempt) again:
 * it gets a fresh set of attempts, now — or at the next Geneva opening when it is not urgent and
 * the office is closed (R1). Audited; refused for a mail that is not FAILED (it is already queued or sent).
 */
export async function retryFailedMail({ actor, id, now }: { actor: Actor; id: string; now: Date }) {
  assertCan(actor, "communication:dispatch");
  return prisma.$transaction(async (tx) => {
    const m = await tx.outboxMessage.findUnique({
      where: { id },
      select: { id: true, status: true, urgent: true, atOnce: true, attempts: true },
    });
    if (!m) throw new AppError("NOT_FOUND", "outbox.notFound");
    if (m.status !== "FAILED") throw new AppError("CONFLICT", "outbox.notFailed");
    const bh = await getBusinessHours(tx);
    const held = !sendsWhateverTheHour(m) && !isOpen(now, bh);
    const updated = await tx.outboxMessage.updateMany({
      where: { id, status: "FAILED" },
      data: {
        status: held ? "HELD" : "PENDING",
        attempts: 0,
        notBefore: held ? nextOpening(now, bh) : now,
        heldReason: held ? HELD_OUTSIDE_BUSINESS_HOURS : null,
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "outbox.notFailed");
    await writeAudit(tx, {
      actor,
      action: "outbox.retry",
      entityType: "OutboxMessage",
      entityId: id,
      before: { status: "FAILED", attempts: m.attempts },
      after: { status: held ? "HELD" : "PENDING", attempts: 0 },
    });
    return { id, status: held ? ("HELD" as const) : ("PENDING" as const) };
  });
}
