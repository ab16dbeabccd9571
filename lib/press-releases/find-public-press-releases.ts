import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import { now as clockNow } from "../core/clock";
import { AppError } from "../core/errors";
import { loadPage } from "../core/pagination";
import { publicCommunicationScope } from "../communications/scope";
import { publicVisitRequestScope } from "../visits/scope";
import { publicPressReleaseScope } from "./scope";
import { visitDatesArePublic } from "./linked-visit";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

const publicSelect = {
  id: true,
  title: true,
  publishedAt: true,
  mandate: { select: { slug: true, ...TITLE_FIELDS } },
  communication: { select: { id: true, reference: true } },
  visit: {
    select: {
      startDate: true,
      endDate: true,
      visitRequest: {
        select: {
          id: true,
          status: true,
          state: { select: { ...NAME_FIELDS } },
        },
      },
    },
  },
} as const;

/** The public list: published press releases only, newest first. */
export async function findPublicPressReleases({ page = 1 }: { page?: number }) {
  const where = publicPressReleaseScope(clockNow());
  return loadPage({
    page,
    count: () => prisma.pressRelease.count({ where }),
    rows: (w) =>
      prisma.pressRelease.findMany({
        where,
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        ...w,
        select: publicSelect,
      }),
  });
}

/**
 * One published press release. The select names every public field (no justification, no sharing
 * dates); the linked communication is linked to only when it is itself public (R5); of a linked
 * country visit, the State, and the dates and page only as the public visits database shows them (R9).
 */
export async function getPublicPressRelease({ pressReleaseId }: { pressReleaseId: string }) {
  if (!z.uuid().safeParse(pressReleaseId).success) throw new AppError("NOT_FOUND", "No such press release");
  const now = clockNow();
  const pr = await prisma.pressRelease.findFirst({
    where: { AND: [{ id: pressReleaseId }, publicPressReleaseScope(now)] },
    select: { ...publicSelect, body: true },
  });
  if (!pr) throw new AppError("NOT_FOUND", "No such press release");
  const communicationPublic = pr.communication
    ? (await prisma.communication.count({ where: { AND: [{ id: pr.communication.id }, publicCommunicationScope(now)] } })) === 1
    : false;
  const { visit, ...rest } = pr;
  const visitPagePublic = visit
    ? (await prisma.visitRequest.count({ where: { AND: [{ id: visit.visitRequest.id }, publicVisitRequestScope] } })) === 1
    : false;
  return {
    ...rest,
    communicationPublic,
    visit: visit && {
      state: visit.visitRequest.state,
      dates: visitDatesArePublic(visit.visitRequest) ? { startDate: visit.startDate, endDate: visit.endDate } : null,
      publicPath: visitPagePublic ? `/visits/${visit.visitRequest.id}` : null,
    },
  };
}
