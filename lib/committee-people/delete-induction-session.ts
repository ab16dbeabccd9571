import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { getFileStore } from "../files/storage";
import { writeAudit } from "../platform/write-audit";
import { removeStoredFiles } from "./remove-stored-files";
import { INDUCTION_SESSION_SELECT } from "./induction-session-select";

/**
 * The secretariat deletes a session of the induction programme (CC3) with its materials and their
 * files. The audit keeps the session and how many materials went, not their links or files.
 */
export async function deleteInductionSession({ actor, input }: { actor: Actor; input: { id: string } }) {
  assertCan(actor, "committee:manage");
  const store = getFileStore();
  const { id, storageKeys } = await prisma.$transaction(async (tx) => {
    const session = await tx.inductionSession.findUnique({
      where: { id: input.id },
      select: {
        ...INDUCTION_SESSION_SELECT,
        materials: { select: { id: true, attachment: { select: { id: true, storageKey: true } } } },
      },
    });
    if (!session) throw new AppError("NOT_FOUND", "No such session");
    const attachments = session.materials.flatMap((m) => (m.attachment ? [m.attachment] : []));
    await tx.attachment.deleteMany({ where: { id: { in: attachments.map((a) => a.id) } } });
    // The materials go with the session (onDelete: Cascade).
    await tx.inductionSession.delete({ where: { id: session.id } });
    const { materials, ...kept } = session;
    await writeAudit(tx, {
      actor,
      action: "induction.session.delete",
      entityType: "InductionSession",
      entityId: session.id,
      before: { ...kept, materials: materials.length },
    });
    return { id: session.id, storageKeys: attachments.map((a) => a.storageKey) };
  });
  await removeStoredFiles(storageKeys, store);
  return { id };
}
