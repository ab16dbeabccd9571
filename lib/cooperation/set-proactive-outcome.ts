import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import type { ProactiveOutcomeInput } from "./schemas";
import { assertNotFuture } from "./dates";

/** R21: the outcome of a proactive request, when the State answered or the secretariat closes it unanswered. */
export async function setProactiveOutcome({ actor, input, now }: { actor: Actor; input: ProactiveOutcomeInput; now: Date }) {
  assertCan(actor, "cooperation:manage");
  assertNotFuture({ outcomeOn: input.outcomeOn }, now);
  return prisma.$transaction(async (tx) => {
    const before = await tx.proactiveInformationRequest.findUnique({
      where: { id: input.requestId },
      select: { requestedOn: true, outcome: true, outcomeOn: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "No such request");
    if (input.outcomeOn < before.requestedOn)
      throw new AppError("INVALID_INPUT", "Outcome before request", { outcomeOn: ["cooperation.outcomeBeforeRequest"] });
    const after = await tx.proactiveInformationRequest.update({
      where: { id: input.requestId },
      data: { outcome: input.outcome, outcomeOn: input.outcomeOn },
      select: { id: true, outcome: true, outcomeOn: true },
    });
    await writeAudit(tx, {
      actor,
      action: "proactive-request.set-outcome",
      entityType: "ProactiveInformationRequest",
      entityId: after.id,
      before: { outcome: before.outcome, outcomeOn: before.outcomeOn },
      after: { outcome: after.outcome, outcomeOn: after.outcomeOn },
    });
    return after;
  });
}
