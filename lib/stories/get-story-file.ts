import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { mayModerateStory } from "../auth/stories-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { readAttachmentBytes } from "../files/save-attachment";
import { publicStoryScope } from "./scope";

/** An evidence file: public with its published story; otherwise the secretariat and the signed-in submitter. */
export async function getStoryFile({ actor, attachmentId }: { actor: Actor | null; attachmentId: string }) {
  if (!z.uuid().safeParse(attachmentId).success) throw new AppError("NOT_FOUND", "No such file");
  const visible = [
    { isPublic: true, goodStory: publicStoryScope(clockNow()) },
    ...(mayModerateStory(actor) ? [{ goodStoryId: { not: null } }] : []),
    ...(actor ? [{ goodStory: { submittedById: actor.userId } }] : []),
  ];
  const a = await prisma.attachment.findFirst({
    where: { id: attachmentId, goodStoryId: { not: null }, OR: visible },
    select: { fileName: true, contentType: true, storageKey: true, isPublic: true },
  });
  if (!a) throw new AppError("NOT_FOUND", "No such file");
  return { ...a, bytes: await readAttachmentBytes(a.storageKey) };
}
