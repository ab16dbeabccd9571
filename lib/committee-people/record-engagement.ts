import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { findFormerHolders } from "./find-former-holders";
import type { EngagementInput } from "./schemas";

/**
 * The secretariat records a former holder's continued engagement (CC4). The person must be a former
 * holder of that mandate at `now` (derived from the tenures), and the activity not in the future.
 */
export async function recordEngagement({ actor, input, now }: { actor: Actor; input: EngagementInput; now: Date }) {
  assertCan(actor, "committee:manage");
  if (input.occurredOn.getTime() > now.getTime())
    throw new AppError("INVALID_INPUT", "committeePeople.dateInFuture", { occurredOn: ["committeePeople.dateInFuture"] });
  return prisma.$transaction(async (tx) => {
    const former = await findFormerHolders({ now, db: tx });
    const { mandateHolderId, mandateId } = input.formerHolder;
    if (!former.some((f) => f.mandateHolderId === mandateHolderId && f.mandateId === mandateId))
      throw new AppError("INVALID_INPUT", "committeePeople.formerHolderRequired", {
        formerHolder: ["committeePeople.formerHolderRequired"],
      });
    const engagement = await tx.formerHolderEngagement.create({
      data: { mandateHolderId, mandateId, activity: input.activity, occurredOn: input.occurredOn },
      select: { id: true, mandateHolderId: true, mandateId: true, activity: true, occurredOn: true },
    });
    await writeAudit(tx, {
      actor,
      action: "former-holder.engagement.record",
      entityType: "FormerHolderEngagement",
      entityId: engagement.id,
      after: engagement,
    });
    return { id: engagement.id };
  });
}
