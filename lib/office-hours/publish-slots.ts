import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { genevaInstantOf } from "../core/geneva";
import { consecutiveSlots, slotProblems } from "./rules";
import type { PublishSlotsInput } from "./schemas";

/** R17: a mandate holder who will be in Geneva publishes consecutive time slots (Geneva time). */
export async function publishSlots({ actor, input }: { actor: Actor; input: PublishSlotsInput }) {
  assertCan(actor, "office-hours:publish");
  const holderId = actor.mandateHolderId;
  if (!holderId) throw new AppError("FORBIDDEN", "Not a mandate holder");
  const now = clockNow();
  const slots = consecutiveSlots(genevaInstantOf(input.date, input.time), input.minutes, input.count);
  const problems = slotProblems(slots[0]!, now);
  if (Object.keys(problems).length) throw new AppError("INVALID_INPUT", "Invalid slot", problems);
  return prisma.$transaction(async (tx) => {
    // Serialise a holder's publications so two overlapping batches cannot both pass the check.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`office-hours:${holderId}`}, 0))`;
    const first = slots[0]!.startsAt;
    const last = slots[slots.length - 1]!.endsAt;
    const clash = await tx.officeHourSlot.count({ where: { mandateHolderId: holderId, startsAt: { lt: last }, endsAt: { gt: first } } });
    if (clash) throw new AppError("INVALID_INPUT", "Overlaps an existing slot", { time: ["officeHours.overlap"] });
    const created = await tx.officeHourSlot.createManyAndReturn({
      data: slots.map((s) => ({ mandateHolderId: holderId, ...s, location: input.location, createdAt: now })),
      select: { id: true, startsAt: true, endsAt: true },
    });
    await writeAudit(tx, {
      actor,
      action: "office-hours.publish",
      entityType: "OfficeHourSlot",
      entityId: created[0]!.id,
      after: { slots: created, location: input.location },
    });
    return { count: created.length };
  });
}
