import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import type { FocalPointInput } from "../communications/schemas";

/**
 * R2: the mission names its contact person, who is copied on every communication and press release
 * to the State. One active focal point per State: naming a new one retires the previous one.
 */
export async function setFocalPoint({ actor, input }: { actor: Actor; input: FocalPointInput | null }) {
  assertCan(actor, "state:manage-focal-point");
  const stateId = actor.stateId;
  if (!stateId) throw new AppError("FORBIDDEN", "No State");
  return prisma.$transaction(async (tx) => {
    const before = await tx.stateFocalPoint.findFirst({
      where: { stateId, active: true },
      select: { id: true, name: true, email: true, phone: true },
    });
    await tx.stateFocalPoint.updateMany({ where: { stateId, active: true }, data: { active: false } });
    const after = input
      ? await tx.stateFocalPoint.create({ data: { stateId, ...input }, select: { id: true, name: true, email: true, phone: true } })
      : null;
    await writeAudit(tx, {
      actor,
      action: input ? "state.set-focal-point" : "state.remove-focal-point",
      entityType: "State",
      entityId: stateId,
      before,
      after,
    });
    return after;
  });
}
