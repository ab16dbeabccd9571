import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { saveAttachment } from "../files/save-attachment";
import { getFileStore } from "../files/storage";
import { withFileCleanup } from "../files/with-file-cleanup";
import { writeAudit } from "../platform/write-audit";
import type { InductionMaterialInput } from "./schemas";

/**
 * The secretariat adds a material to an induction session (CC3): an uploaded file — checked and stored
 * as every upload is (lib/files: size, type sniffed from the bytes) — or a link. One or the other. For
 * holders and the secretariat only, never public; the audit entry says that a material was added, not
 * its link, file name or content.
 */
export async function addInductionMaterial({
  actor,
  input,
  files = [],
}: {
  actor: Actor;
  input: InductionMaterialInput;
  files?: { fileName: string; bytes: Uint8Array }[];
}) {
  assertCan(actor, "committee:manage");
  if (files.length > 1 || (files.length === 1) === (input.url !== null))
    throw new AppError("INVALID_INPUT", "committeePeople.fileOrLink", { file: ["committeePeople.fileOrLink"] });
  const file = files[0] ?? null;
  const store = getFileStore();
  return withFileCleanup({
    run: (stored) =>
      prisma.$transaction(async (tx) => {
        const session = await tx.inductionSession.findUnique({ where: { id: input.sessionId }, select: { id: true } });
        if (!session)
          throw new AppError("INVALID_INPUT", "committeePeople.sessionRequired", { sessionId: ["committeePeople.sessionRequired"] });
        const material = await tx.inductionMaterial.create({
          data: { sessionId: session.id, title: input.title, url: input.url },
          select: { id: true, sessionId: true, title: true },
        });
        if (file)
          await saveAttachment(tx, {
            fileName: file.fileName,
            bytes: file.bytes,
            uploadedById: actor.userId,
            link: { inductionMaterialId: material.id },
            store,
            files: stored,
          });
        await writeAudit(tx, {
          actor,
          action: "induction.material.add",
          entityType: "InductionMaterial",
          entityId: material.id,
          after: { ...material, kind: file ? "file" : "link" },
        });
        return { id: material.id };
      }),
  });
}
