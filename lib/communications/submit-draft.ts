import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { now } from "../core/clock";
import { notify, secretariatUserIds } from "../notifications/notify";
import { EDITABLE_STATUSES } from "./rules";
import { submissionProblems } from "./schemas";

/** The lead mandate sends its draft to the secretariat's review queue. */
export async function submitDraft({ actor, input }: { actor: Actor; input: { communicationId: string } }) {
  assertCan(actor, "communication:draft");
  return prisma.$transaction(async (tx) => {
    const c = await tx.communication.findFirst({
      where: { id: input.communicationId, mandates: { some: { status: "LEAD", mandateId: { in: [...actor.mandateIds] } } } },
      select: { id: true, status: true, subject: true, summary: true, body: true },
    });
    if (!c) throw new AppError("NOT_FOUND", "No such draft");
    if (!EDITABLE_STATUSES.includes(c.status)) throw new AppError("CONFLICT", "communications.notEditable");
    const problems = submissionProblems(c);
    if (Object.keys(problems).length) throw new AppError("INVALID_INPUT", "Incomplete", problems);
    const at = now();
    await tx.communication.update({ where: { id: c.id }, data: { status: "IN_REVIEW", submittedAt: at } });
    await notify(tx, {
      kind: "communication.submitted",
      recipients: await secretariatUserIds(tx),
      params: { title: c.subject },
      link: `/portal/secretariat/communications/${c.id}`,
      record: { type: "Communication", id: c.id },
      now: at,
    });
    await writeAudit(tx, {
      actor,
      action: "communication.submit",
      entityType: "Communication",
      entityId: c.id,
      before: { status: c.status },
      after: { status: "IN_REVIEW" },
    });
    return { id: c.id };
  });
}
