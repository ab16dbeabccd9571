import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";

/** The secretariat withdraws a material from an induction session. */
export async function removeInductionMaterial({ actor, input }: { actor: Actor; input: { id: string } }) {
  assertCan(actor, "committee:manage");
  return prisma.$transaction(async (tx) => {
    const material = await tx.inductionMaterial.findUnique({
      where: { id: input.id },
      select: { id: true, sessionId: true, title: true, url: true },
    });
    if (!material) throw new AppError("NOT_FOUND", "No such material");
    await tx.inductionMaterial.delete({ where: { id: material.id } });
    await writeAudit(tx, {
      actor,
      action: "induction.material.remove",
      entityType: "InductionMaterial",
      entityId: material.id,
      before: material,
    });
    return { id: material.id };
  });
}
