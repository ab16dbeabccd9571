import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { writeAudit } from "../platform/write-audit";
import type { ConsultativeGroupMemberInput } from "./schemas";

/** The secretariat records a member of a year's Consultative Group. */
export async function addConsultativeGroupMember({ actor, input }: { actor: Actor; input: ConsultativeGroupMemberInput }) {
  assertCan(actor, "committee:manage");
  return prisma.$transaction(async (tx) => {
    const member = await tx.consultativeGroupMember.create({
      data: input,
      select: { id: true, year: true, name: true, regionalGroup: true },
    });
    await writeAudit(tx, {
      actor,
      action: "consultative-group.add",
      entityType: "ConsultativeGroupMember",
      entityId: member.id,
      after: member,
    });
    return { id: member.id };
  });
}
