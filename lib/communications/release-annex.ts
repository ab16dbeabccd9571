import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";

/** The secretariat releases (or withdraws) the confidential annex to the addressee State only. */
export async function setAnnexRelease({ actor, input }: { actor: Actor; input: { communicationId: string; released: boolean } }) {
  assertCan(actor, "communication:read-confidential-annex");
  assertCan(actor, "communication:dispatch");
  return prisma.$transaction(async (tx) => {
    const c = await tx.communication.findUnique({
      where: { id: input.communicationId },
      select: { id: true, annexReleasedToState: true, addresseeKind: true },
    });
    if (!c) throw new AppError("NOT_FOUND", "No such communication");
    if (c.addresseeKind !== "STATE") throw new AppError("CONFLICT", "communications.annexOnlyToStates");
    await tx.communication.update({ where: { id: c.id }, data: { annexReleasedToState: input.released } });
    await writeAudit(tx, {
      actor,
      action: input.released ? "communication.release-annex" : "communication.withdraw-annex",
      entityType: "Communication",
      entityId: c.id,
      before: { annexReleasedToState: c.annexReleasedToState },
      after: { annexReleasedToState: input.released },
    });
    return { released: input.released };
  });
}
