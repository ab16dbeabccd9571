import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import type { ProactiveRequestInput } from "./schemas";
import { assertNotFuture } from "./dates";

/** R21: records a proactive request to a State, with the mandates it was made for, and its audit entry. */
export async function recordProactiveRequest({ actor, input, now }: { actor: Actor; input: ProactiveRequestInput; now: Date }) {
  assertCan(actor, "cooperation:manage");
  assertNotFuture({ requestedOn: input.requestedOn, outcomeOn: input.outcomeOn }, now);
  return prisma.$transaction(async (tx) => {
    const [state, mandates] = await Promise.all([
      tx.state.findUnique({ where: { id: input.stateId }, select: { id: true } }),
      tx.mandate.count({ where: { id: { in: input.mandateIds } } }),
    ]);
    if (!state) throw new AppError("INVALID_INPUT", "No such State", { stateId: ["cooperation.stateRequired"] });
    if (mandates !== new Set(input.mandateIds).size)
      throw new AppError("INVALID_INPUT", "No such mandate", { mandateIds: ["cooperation.mandatesRequired"] });
    const created = await tx.proactiveInformationRequest.create({
      data: {
        stateId: input.stateId,
        requestedOn: input.requestedOn,
        subject: input.subject,
        outcome: input.outcome,
        outcomeOn: input.outcomeOn,
        recordedById: actor.userId,
        mandates: { create: [...new Set(input.mandateIds)].map((mandateId) => ({ mandateId })) },
      },
      select: { id: true, stateId: true, requestedOn: true, subject: true, outcome: true, outcomeOn: true },
    });
    await writeAudit(tx, {
      actor,
      action: "proactive-request.record",
      entityType: "ProactiveInformationRequest",
      entityId: created.id,
      after: { ...created, mandateIds: input.mandateIds },
    });
    return created;
  });
}
