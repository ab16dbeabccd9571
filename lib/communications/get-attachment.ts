import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { readAttachmentBytes } from "../files/save-attachment";
import { anyOf } from "../db/any-of";
import type { Prisma } from "../generated/prisma/client";
import { communicationScopeFor, publicCommunicationScope, workspaceCommunicationScope } from "./scope";

/**
 * An annex of a reply (or of a letter): downloadable by whoever may see its communication — in the
 * workspace scope, or by anyone once the communication is public (R5).
 */
export async function getAttachment({ actor, attachmentId }: { actor: Actor | null; attachmentId: string }) {
  if (!z.uuid().safeParse(attachmentId).success) throw new AppError("NOT_FOUND", "No such file");
  const now = clockNow();
  // anyOf, not a bare OR: the secretariat's scope is {} (everything), which Prisma reads as nothing
  // inside an OR (lib/db/any-of.ts).
  const visible = anyOf<Prisma.CommunicationWhereInput>([communicationScopeFor(actor, now), publicCommunicationScope(now)]);
  const a = await prisma.attachment.findFirst({
    where: {
      id: attachmentId,
      OR: [
        // A document of the letter: in the workspace scope, or publicly only if marked public.
        { communication: { is: workspaceCommunicationScope(actor, now) } },
        { communication: { is: publicCommunicationScope(now) }, isPublic: true },
        // A reply's annex: for whoever sees its letter, so for everyone once the letter is public (R5).
        { reply: { is: { communication: { is: visible } } } },
      ],
    },
    select: { fileName: true, contentType: true, storageKey: true, size: true },
  });
  if (!a) throw new AppError("NOT_FOUND", "No such file");
  return { ...a, bytes: await readAttachmentBytes(a.storageKey) };
}
