import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { readAttachmentBytes } from "../files/save-attachment";
import { ownResponseScopeFor, publicAnswersScope, viewableAnswersScopeFor } from "./scope";

/**
 * A file attached to an answer: for its respondent (its State, for a State), for those who may read
 * the call's answers once submitted, and for anyone once the answer is published after the deadline.
 */
export async function getResponseFile({ actor, attachmentId, now }: { actor: Actor | null; attachmentId: string; now: Date }) {
  if (!z.uuid().safeParse(attachmentId).success) throw new AppError("NOT_FOUND", "No such file");
  const visible: Prisma.QuestionnaireResponseWhereInput[] = [publicAnswersScope(now)];
  if (actor) visible.push(ownResponseScopeFor(actor), viewableAnswersScopeFor(actor));
  const a = await prisma.attachment.findFirst({
    where: { id: attachmentId, response: { is: { OR: visible } } },
    select: { fileName: true, contentType: true, storageKey: true },
  });
  if (!a) throw new AppError("NOT_FOUND", "No such file");
  return { ...a, bytes: await readAttachmentBytes(a.storageKey) };
}
