import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import { TITLE_FIELDS } from "../i18n/localized";
import { termEndOf } from "./vacancy-rules";

/**
 * Former mandate holders (CC4): each holder and mandate with a tenure that has ended at `now` — an end
 * date passed, or the six-year limit reached. A holder serving the same mandate again is not former.
 */
export async function findFormerHolders({ now, db = prisma }: { now: Date; db?: Db }) {
  const tenures = await db.mandateTenure.findMany({
    select: {
      mandateHolderId: true,
      mandateId: true,
      startDate: true,
      endDate: true,
      mandateHolder: { select: { name: true } },
      mandate: { select: { slug: true, ...TITLE_FIELDS } },
    },
    orderBy: [{ startDate: "asc" }],
  });
  const serving = new Set(tenures.filter((t) => t.startDate <= now && termEndOf(t) >= dayOf(now)).map((t) => key(t)));
  const former = new Map<string, (typeof tenures)[number] & { termEnded: Date }>();
  for (const t of tenures) {
    const ended = termEndOf(t);
    if (ended >= dayOf(now) || serving.has(key(t))) continue;
    const previous = former.get(key(t));
    if (!previous || previous.termEnded < ended) former.set(key(t), { ...t, termEnded: ended });
  }
  return [...former.values()]
    .map((t) => ({
      mandateHolderId: t.mandateHolderId,
      mandateId: t.mandateId,
      name: t.mandateHolder.name,
      mandate: t.mandate,
      termEnded: t.termEnded,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.mandate.slug.localeCompare(b.mandate.slug));
}
export type FormerHolder = Awaited<ReturnType<typeof findFormerHolders>>[number];

const key = (t: { mandateHolderId: string; mandateId: string }) => `${t.mandateHolderId}:${t.mandateId}`;
/** Today's date at midnight UTC, as tenure dates are stored. */
function dayOf(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
