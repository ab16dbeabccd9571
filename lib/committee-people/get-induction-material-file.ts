import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";
import { AppError } from "../core/errors";
import { readAttachmentBytes } from "../files/save-attachment";

/**
 * The file of an induction material (CC3): for mandate holders and the secretariat only. Anyone else —
 * a visitor, a State, civil society, the admin — is told it is not found, before anything is read: not
 * even whether the material exists, nor its file's name.
 */
export async function getInductionMaterialFile({ actor, materialId }: { actor: Actor | null; materialId: string }) {
  if (!can(actor, "induction:view-materials") || !z.uuid().safeParse(materialId).success) throw new AppError("NOT_FOUND", "No such file");
  const a = await prisma.attachment.findUnique({
    where: { inductionMaterialId: materialId },
    select: { fileName: true, contentType: true, storageKey: true },
  });
  if (!a) throw new AppError("NOT_FOUND", "No such file");
  return { fileName: a.fileName, contentType: a.contentType, bytes: await readAttachmentBytes(a.storageKey) };
}
