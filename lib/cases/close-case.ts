import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { transition } from "./transition";
import { caseMailText } from "./mail-text";
import type { CloseCaseInput } from "./schemas";

/**
 * The secretariat declines a submission, with a reason the source is shown and mailed, or closes it
 * once handled (issue 17). A submission already acted upon can be closed, not declined.
 */
export async function closeCase({ actor, input }: { actor: Actor; input: CloseCaseInput }) {
  assertCan(actor, "case:triage");
  const now = clockNow();
  const declined = input.closure === "DECLINED";
  return prisma.$transaction(async (tx) => {
    const moved = await transition(tx, {
      caseId: input.caseId,
      event: declined ? "decline" : "close",
      now,
      extra: { closure: input.closure, closureNote: input.note },
    });
    if (moved.sourceEmail && moved.receiptNumber) {
      await enqueueMail(tx, {
        to: [moved.sourceEmail],
        ...caseMailText(moved.language, { kind: "closed", receipt: moved.receiptNumber, declined, note: input.note }),
        urgent: false,
        kind: "case.closed",
        now,
        businessHours: await getBusinessHours(tx),
      });
    }
    await writeAudit(tx, {
      actor,
      action: declined ? "case.decline" : "case.close",
      entityType: "CaseSubmission",
      entityId: moved.id,
      before: { status: moved.before },
      after: { status: moved.after, closure: input.closure, closureNote: input.note, mailed: moved.sourceEmail !== null },
    });
    return { id: moved.id, status: moved.after };
  });
}
