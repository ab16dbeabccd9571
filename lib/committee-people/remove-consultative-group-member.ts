import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";

/** The secretariat removes a member recorded in error. */
export async function removeConsultativeGroupMember({ actor, input }: { actor: Actor; input: { id: string } }) {
  assertCan(actor, "committee:manage");
  return prisma.$transaction(async (tx) => {
    const member = await tx.consultativeGroupMember.findUnique({
      where: { id: input.id },
      select: { id: true, year: true, name: true, regionalGroup: true },
    });
    if (!member) throw new AppError("NOT_FOUND", "No such member");
    await tx.consultativeGroupMember.delete({ where: { id: member.id } });
    await writeAudit(tx, {
      actor,
      action: "consultative-group.remove",
      entityType: "ConsultativeGroupMember",
      entityId: member.id,
      before: member,
    });
    return { id: member.id };
  });
}
