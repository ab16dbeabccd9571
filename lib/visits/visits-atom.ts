import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import { atomFeed } from "../open-data/atom";
import { publicVisitRequestScope } from "./scope";

export const FEED_ENTRIES = 50;

/**
 * R9: the Atom feed of scheduled visits, newest announcement first: an entry as soon as a visit is
 * scheduled (Visit.announcedAt). Only public facts: mandate, State, dates.
 */
export async function scheduledVisitsFeed({
  baseUrl,
  selfUrl,
  now,
  db = prisma,
}: {
  baseUrl: string;
  selfUrl: string;
  now: Date;
  db?: Db;
}) {
  const visits = await db.visit.findMany({
    where: {
      announcedAt: { not: null, lte: now },
      visitRequest: { AND: [publicVisitRequestScope, { status: { in: ["SCHEDULED", "COMPLETED"] } }] },
    },
    orderBy: [{ announcedAt: "desc" }, { id: "asc" }],
    take: FEED_ENTRIES,
    select: {
      startDate: true,
      endDate: true,
      announcedAt: true,
      visitRequest: { select: { id: true, mandate: { select: { titleEn: true } }, state: { select: { nameEn: true } } } },
    },
  });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return atomFeed({
    selfUrl,
    now,
    title: "Special Procedures — scheduled country visits",
    alternateUrl: `${baseUrl}/visits`,
    entries: visits.map((v) => {
      const title = `Visit to ${v.visitRequest.state.nameEn} by the ${v.visitRequest.mandate.titleEn}, ${day(v.startDate)} – ${day(v.endDate)}`;
      return {
        url: `${baseUrl}/visits/${v.visitRequest.id}`,
        title,
        published: v.announcedAt!,
        author: v.visitRequest.mandate.titleEn,
        summary: `Scheduled country visit: ${title}.`,
      };
    }),
  });
}
