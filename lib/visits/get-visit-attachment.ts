import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { readAttachmentBytes } from "../files/save-attachment";
import { publicAttachmentScope, publicVisitRequestScope, visitRequestScopeFor } from "./scope";
import { mayActAsRequester } from "../auth/visits-policy";
import { workspaceEventScope } from "./event-visibility";

/**
 * A document of a visit's timeline: public ones for anyone; otherwise for whoever sees the entry in
 * its workspace (the State: not internal notes, nor the statement before it was shared with it).
 */
export async function getVisitAttachment({ actor, attachmentId }: { actor: Actor | null; attachmentId: string }) {
  if (!z.uuid().safeParse(attachmentId).success) throw new AppError("NOT_FOUND", "No such file");
  const a = await prisma.attachment.findFirst({
    where: { id: attachmentId, visitEventId: { not: null } },
    select: {
      fileName: true,
      contentType: true,
      storageKey: true,
      isPublic: true,
      visitEvent: { select: { kind: true, isPublic: true, visitRequestId: true } },
    },
  });
  if (!a?.visitEvent) throw new AppError("NOT_FOUND", "No such file");
  const event = a.visitEvent;
  const publicFile = await prisma.attachment.count({
    where: { AND: [{ id: attachmentId }, publicAttachmentScope, { visitEvent: { is: { visitRequest: publicVisitRequestScope } } }] },
  });
  let visible = publicFile === 1;
  if (!visible && actor) {
    const r = await prisma.visitRequest.findFirst({
      where: { AND: [{ id: event.visitRequestId }, visitRequestScopeFor(actor)] },
      select: { mandateId: true, stateId: true, visit: { select: { statementSharedWithStateAt: true } } },
    });
    if (r) {
      const scope = workspaceEventScope(actor, { ...r, statementShared: r.visit?.statementSharedWithStateAt != null });
      visible =
        mayActAsRequester(actor, r) ||
        (await prisma.visitEvent.count({
          where: { AND: [{ visitRequestId: event.visitRequestId, kind: event.kind, attachments: { some: { id: attachmentId } } }, scope] },
        })) === 1;
    }
  }
  if (!visible) throw new AppError("NOT_FOUND", "No such file");
  return { fileName: a.fileName, contentType: a.contentType, bytes: await readAttachmentBytes(a.storageKey) };
}
