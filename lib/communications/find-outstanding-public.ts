import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import { now as clockNow } from "../core/clock";
import { loadPage } from "../core/pagination";
import { getSettings } from "../platform/get-settings";
import { currentPeriod } from "../joint-report/periods";
import { publicCommunicationScope } from "./scope";
import { unansweredStreak } from "./non-cooperation";
import { findNonCooperation } from "./find-non-cooperation";
import { NAME_FIELDS } from "../i18n/localized";

/**
 * R7, public: published communications that have had no reply since the previous joint report
 * (sent before the current report's window, never answered), and the States flagged for persistent
 * non-cooperation. Every letter counted here is already public (its reply period has passed).
 */
export async function findOutstandingPublic({ page = 1 }: { page?: number }) {
  const now = clockNow();
  const settings = await getSettings();
  const threshold = settings["communications.nonCooperationThreshold"];
  const cutoff = currentPeriod(now).sentFrom;
  const where: Prisma.CommunicationWhereInput = {
    AND: [publicCommunicationScope(now), { sentAt: { lt: cutoff }, replies: { none: {} } }],
  };
  const [{ total, pages, rows }, { periods, byState, flaggedIds }] = await Promise.all([
    loadPage({
      page,
      count: () => prisma.communication.count({ where }),
      rows: (w) =>
        prisma.communication.findMany({
          where,
          orderBy: { sentAt: "asc" },
          ...w,
          select: {
            id: true,
            reference: true,
            subject: true,
            sentAt: true,
            type: true,
            addresseeState: { select: { iso3: true, ...NAME_FIELDS } },
            addresseeOtherActor: { select: { name: true } },
          },
        }),
    }),
    findNonCooperation({ now, threshold }),
  ]);
  const states = flaggedIds.length
    ? await prisma.state.findMany({
        where: { id: { in: flaggedIds } },
        select: { id: true, iso3: true, ...NAME_FIELDS },
      })
    : [];
  const flagged = states
    .map((s) => ({ state: s, periods: byState.get(s.id)!, streak: unansweredStreak(byState.get(s.id)!) }))
    .sort((a, b) => a.state.nameEn.localeCompare(b.state.nameEn));
  return { total, rows, pages, threshold, periods, flagged, cutoff };
}
