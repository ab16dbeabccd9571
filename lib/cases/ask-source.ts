import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { transition } from "./transition";
import { caseMailText } from "./mail-text";
import type { AskSourceInput } from "./schemas";

/**
 * The secretariat asks the source for more information (issue 17). The question is shown on the
 * source's status page, where it answers; a source that left an address is also told by mail
 * (through the outbox, held outside Geneva business hours: R1).
 */
export async function askSource({ actor, input }: { actor: Actor; input: AskSourceInput }) {
  assertCan(actor, "case:triage");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const moved = await transition(tx, { caseId: input.caseId, event: "ask", now });
    const question = await tx.caseQuestion.create({
      data: { caseId: moved.id, question: input.question, askedAt: now, askedById: actor.userId },
      select: { id: true },
    });
    if (moved.sourceEmail && moved.receiptNumber) {
      await enqueueMail(tx, {
        to: [moved.sourceEmail],
        ...caseMailText(moved.language, { kind: "question", receipt: moved.receiptNumber, question: input.question }),
        urgent: false,
        kind: "case.question",
        now,
        businessHours: await getBusinessHours(tx),
      });
    }
    await writeAudit(tx, {
      actor,
      action: "case.ask",
      entityType: "CaseSubmission",
      entityId: moved.id,
      before: { status: moved.before },
      after: { status: moved.after, questionId: question.id, question: input.question, mailed: moved.sourceEmail !== null },
    });
    return { id: moved.id, questionId: question.id, mailed: moved.sourceEmail !== null };
  });
}
