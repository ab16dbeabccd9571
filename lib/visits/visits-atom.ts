import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import { xmlEscape } from "../open-data/atom";
import { publicVisitRequestScope } from "./scope";

export const FEED_ENTRIES = 50;

/**
 * R9: the Atom feed of scheduled visits, newest announcement first: an entry as soon as a visit is
 * scheduled (Visit.announcedAt). Only public facts: mandate, State, dates.
 */
export async function scheduledVisitsFeed({ baseUrl, selfUrl, now, db = prisma }: { baseUrl: string; selfUrl: string; now: Date; db?: Db }) {
  const visits = await db.visit.findMany({
    where: { announcedAt: { not: null, lte: now }, visitRequest: { AND: [publicVisitRequestScope, { status: { in: ["SCHEDULED", "COMPLETED"] } }] } },
    orderBy: [{ announcedAt: "desc" }, { id: "asc" }],
    take: FEED_ENTRIES,
    select: {
      startDate: true, endDate: true, announcedAt: true,
      visitRequest: { select: { id: true, mandate: { select: { titleEn: true } }, state: { select: { nameEn: true } } } },
    },
  });
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const updated = visits[0]?.announcedAt ?? now;
  const entries = visits.map((v) => {
    const url = `${baseUrl}/visits/${v.visitRequest.id}`;
    const title = `Visit to ${v.visitRequest.state.nameEn} by the ${v.visitRequest.mandate.titleEn}, ${day(v.startDate)} – ${day(v.endDate)}`;
    return [
      "<entry>",
      `<id>${xmlEscape(url)}</id>`,
      `<title>${xmlEscape(title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `<published>${v.announcedAt!.toISOString()}</published>`,
      `<updated>${v.announcedAt!.toISOString()}</updated>`,
      `<author><name>${xmlEscape(v.visitRequest.mandate.titleEn)}</name></author>`,
      `<summary type="text">${xmlEscape(`Scheduled country visit: ${title}.`)}</summary>`,
      "</entry>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xmlEscape(selfUrl)}</id>`,
    "<title>Special Procedures — scheduled country visits</title>",
    `<updated>${updated.toISOString()}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(`${baseUrl}/visits`)}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
