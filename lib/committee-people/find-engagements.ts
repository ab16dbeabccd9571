import "server-only";
import { prisma } from "../db/client";
import { loadPage } from "../core/pagination";
import { TITLE_FIELDS } from "../i18n/localized";

/** The public register of former holders' continued engagement (CC4), latest activity first. */
export async function findEngagements({ page = 1 }: { page?: number }) {
  return loadPage({
    page,
    count: () => prisma.formerHolderEngagement.count(),
    rows: (w) =>
      prisma.formerHolderEngagement.findMany({
        orderBy: [{ occurredOn: "desc" }, { id: "asc" }],
        ...w,
        select: {
          id: true,
          activity: true,
          occurredOn: true,
          mandateHolder: { select: { name: true } },
          mandate: { select: { slug: true, ...TITLE_FIELDS } },
        },
      }),
  });
}
export type EngagementRow = Awaited<ReturnType<typeof findEngagements>>["rows"][number];
