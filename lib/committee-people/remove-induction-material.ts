import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { getFileStore } from "../files/storage";
import { writeAudit } from "../platform/write-audit";
import { removeStoredFiles } from "./remove-stored-files";

/** The secretariat withdraws a material from an induction session, its file with it. */
export async function removeInductionMaterial({ actor, input }: { actor: Actor; input: { id: string } }) {
  assertCan(actor, "committee:manage");
  const store = getFileStore();
  const { id, storageKeys } = await prisma.$transaction(async (tx) => {
    const material = await tx.inductionMaterial.findUnique({
      where: { id: input.id },
      select: { id: true, sessionId: true, title: true, attachment: { select: { id: true, storageKey: true } } },
    });
    if (!material) throw new AppError("NOT_FOUND", "No such material");
    if (material.attachment) await tx.attachment.delete({ where: { id: material.attachment.id } });
    await tx.inductionMaterial.delete({ where: { id: material.id } });
    await writeAudit(tx, {
      actor,
      action: "induction.material.remove",
      entityType: "InductionMaterial",
      entityId: material.id,
      before: { sessionId: material.sessionId, title: material.title, kind: material.attachment ? "file" : "link" },
    });
    return { id: material.id, storageKeys: material.attachment ? [material.attachment.storageKey] : [] };
  });
  await removeStoredFiles(storageKeys, store);
  return { id };
}
