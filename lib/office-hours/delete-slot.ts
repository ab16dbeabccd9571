import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { mayManageSlot } from "../auth/office-hours-policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";

/** A holder withdraws one of its free slots. A booked slot stays: the State must cancel it first. */
export async function deleteSlot({ actor, input }: { actor: Actor; input: { slotId: string } }) {
  assertCan(actor, "office-hours:publish");
  return prisma.$transaction(async (tx) => {
    const slot = await tx.officeHourSlot.findUnique({
      where: { id: input.slotId },
      select: { id: true, mandateHolderId: true, startsAt: true, endsAt: true, location: true },
    });
    if (!slot || !mayManageSlot(actor, slot)) throw new AppError("NOT_FOUND", "No such slot");
    const deleted = await tx.officeHourSlot.deleteMany({ where: { id: slot.id, bookedByStateId: null } });
    if (deleted.count !== 1) throw new AppError("CONFLICT", "officeHours.bookedCannotDelete");
    await writeAudit(tx, { actor, action: "office-hours.delete", entityType: "OfficeHourSlot", entityId: slot.id, before: slot });
    return { id: slot.id };
  });
}
