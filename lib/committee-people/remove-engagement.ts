import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";

/** The secretariat removes an engagement recorded in error. */
export async function removeEngagement({ actor, input }: { actor: Actor; input: { id: string } }) {
  assertCan(actor, "committee:manage");
  return prisma.$transaction(async (tx) => {
    const engagement = await tx.formerHolderEngagement.findUnique({
      where: { id: input.id },
      select: { id: true, mandateHolderId: true, mandateId: true, activity: true, occurredOn: true },
    });
    if (!engagement) throw new AppError("NOT_FOUND", "No such engagement");
    await tx.formerHolderEngagement.delete({ where: { id: engagement.id } });
    await writeAudit(tx, {
      actor,
      action: "former-holder.engagement.remove",
      entityType: "FormerHolderEngagement",
      entityId: engagement.id,
      before: engagement,
    });
    return { id: engagement.id };
  });
}
