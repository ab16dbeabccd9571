import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import type { InductionMaterialInput } from "./schemas";

/** The secretariat adds a material (a link) to an induction session: for holders only, never public. */
export async function addInductionMaterial({ actor, input }: { actor: Actor; input: InductionMaterialInput }) {
  assertCan(actor, "committee:manage");
  return prisma.$transaction(async (tx) => {
    const session = await tx.inductionSession.findUnique({ where: { id: input.sessionId }, select: { id: true } });
    if (!session)
      throw new AppError("INVALID_INPUT", "committeePeople.sessionRequired", { sessionId: ["committeePeople.sessionRequired"] });
    const material = await tx.inductionMaterial.create({
      data: { sessionId: session.id, title: input.title, url: input.url },
      select: { id: true, sessionId: true, title: true, url: true },
    });
    await writeAudit(tx, {
      actor,
      action: "induction.material.add",
      entityType: "InductionMaterial",
      entityId: material.id,
      after: material,
    });
    return { id: material.id };
  });
}
