import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import { AppError } from "../core/errors";
import { loadPage } from "../core/pagination";
import { publicAuthorName } from "./rules";

/** The guidance documents, public from their first version: the latest title, topic and version. */
export async function findGuidanceDocuments({ page = 1 }: { page?: number }) {
  const list = await loadPage({
    page,
    count: () => prisma.guidanceDocument.count(),
    rows: (w) =>
      prisma.guidanceDocument.findMany({
        orderBy: [{ topic: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        ...w,
        select: {
          id: true,
          topic: true,
          latestVersion: true,
          updatedAt: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { title: true } },
        },
      }),
  });
  return { ...list, rows: list.rows.map(({ versions, ...d }) => ({ ...d, title: versions[0]?.title ?? "" })) };
}

/**
 * A guidance document: the version asked for (the latest by default) and the whole history — each
 * version's number, date, what changed and its author as the public may know it (lib/guidance/rules.ts).
 */
export async function getGuidanceDocument({ documentId, version }: { documentId: string; version?: number | undefined }) {
  if (!z.uuid().safeParse(documentId).success) throw new AppError("NOT_FOUND", "No such guidance");
  const doc = await prisma.guidanceDocument.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      topic: true,
      latestVersion: true,
      versions: {
        orderBy: { number: "desc" },
        select: {
          number: true,
          title: true,
          changeSummary: true,
          createdAt: true,
          author: { select: { role: true, mandateHolder: { select: { name: true } } } },
        },
      },
    },
  });
  if (!doc) throw new AppError("NOT_FOUND", "No such guidance");
  const number = version ?? doc.latestVersion;
  const shown = await prisma.guidanceVersion.findUnique({
    where: { documentId_number: { documentId, number } },
    select: { number: true, title: true, body: true, changeSummary: true, createdAt: true },
  });
  if (!shown) throw new AppError("NOT_FOUND", "No such version");
  return {
    id: doc.id,
    topic: doc.topic,
    latestVersion: doc.latestVersion,
    shown,
    isLatest: shown.number === doc.latestVersion,
    history: doc.versions.map(({ author, ...v }) => ({ ...v, authorName: publicAuthorName(author) })),
  };
}
