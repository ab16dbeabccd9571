import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";

/** The secretariat takes a seat back (a record made in error, a member who stepped down). Audited. */
export async function removeCommitteeMembership({ actor, input }: { actor: Actor; input: { membershipId: string } }) {
  assertCan(actor, "committee:manage");
  return prisma.$transaction(async (tx) => {
    const seat = await tx.committeeMembership.findUnique({
      where: { id: input.membershipId },
      select: { id: true, year: true, mandateHolderId: true, role: true },
    });
    if (!seat) throw new AppError("NOT_FOUND", "No such seat");
    await tx.committeeMembership.delete({ where: { id: seat.id } });
    await writeAudit(tx, {
      actor,
      action: "committee.membership.remove",
      entityType: "CommitteeMembership",
      entityId: seat.id,
      before: { year: seat.year, mandateHolderId: seat.mandateHolderId, role: seat.role },
      after: null,
    });
    return { year: seat.year };
  });
}
