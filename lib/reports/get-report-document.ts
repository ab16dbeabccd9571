import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { readAttachmentBytes } from "../files/save-attachment";
import { mayManageReport } from "../auth/reports-policy";
import { reportPublished } from "./scope";

/**
 * A report's document (R19): anyone's once the report is published; before that, only its holder's
 * and the secretariat's. Otherwise not found.
 */
export async function getReportDocument({ actor, documentId }: { actor: Actor | null; documentId: string }) {
  if (!z.uuid().safeParse(documentId).success) throw new AppError("NOT_FOUND", "No such file");
  const a = await prisma.attachment.findFirst({
    where: { id: documentId, reportId: { not: null } },
    select: { fileName: true, contentType: true, storageKey: true, report: { select: { mandateId: true, publishedAt: true } } },
  });
  if (!a?.report) throw new AppError("NOT_FOUND", "No such file");
  const published = reportPublished(a.report, clockNow());
  if (!published && !mayManageReport(actor, a.report)) throw new AppError("NOT_FOUND", "No such file");
  return { fileName: a.fileName, contentType: a.contentType, bytes: await readAttachmentBytes(a.storageKey), published };
}
