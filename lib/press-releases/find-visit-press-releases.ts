import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import { publicPressReleaseScope } from "./scope";

/** The most a visit's public page lists; more would be unusual for one visit. */
export const VISIT_PRESS_RELEASES_LIMIT = 50;

/**
 * The published press releases on one country visit, newest first, for the visit's public page
 * (R9). Drafts and releases only shared with the State stay off it (R3, R4).
 */
export async function findPublishedPressReleasesOfVisit({
  visitRequestId,
  now,
  db = prisma,
}: {
  visitRequestId: string;
  now: Date;
  db?: Db;
}) {
  return db.pressRelease.findMany({
    where: { AND: [{ visit: { is: { visitRequestId } } }, publicPressReleaseScope(now)] },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: VISIT_PRESS_RELEASES_LIMIT,
    select: { id: true, title: true, publishedAt: true },
  });
}
