import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { can } from "../auth/policy";
import { AppError } from "../core/errors";
import { readAttachmentBytes } from "../files/save-attachment";
import { caseScopeFor } from "./scope";

/** A document of a submission: those who may read the submission (scope.ts) — never public, never a State. */
export async function getCaseFile({ actor, attachmentId }: { actor: Actor | null; attachmentId: string }) {
  if (!actor || !(can(actor, "case:triage") || can(actor, "case:view-assigned"))) throw new AppError("NOT_FOUND", "No such file");
  if (!z.uuid().safeParse(attachmentId).success) throw new AppError("NOT_FOUND", "No such file");
  const a = await prisma.attachment.findFirst({
    where: { id: attachmentId, caseSubmission: caseScopeFor(actor) },
    select: { fileName: true, contentType: true, storageKey: true },
  });
  if (!a) throw new AppError("NOT_FOUND", "No such file");
  return { ...a, bytes: await readAttachmentBytes(a.storageKey) };
}
