import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { PressReleaseStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { now as clockNow } from "../core/clock";
import { loadPage } from "../core/pagination";
import { pressReleaseScopeFor } from "./scope";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

/** A workspace list: the actor's scope, optionally narrowed to statuses; newest first. */
export async function findPressReleases({ actor, page = 1, statuses }: { actor: Actor; page?: number; statuses?: PressReleaseStatus[] }) {
  const now = clockNow();
  const where: Prisma.PressReleaseWhereInput = {
    AND: [pressReleaseScopeFor(actor, now), statuses?.length ? { status: { in: statuses } } : {}],
  };
  const { total, pages, rows } = await loadPage({
    page,
    count: () => prisma.pressRelease.count({ where }),
    rows: (w) =>
      prisma.pressRelease.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...w,
        select: {
          id: true,
          title: true,
          status: true,
          createdAt: true,
          sharedWithStateAt: true,
          publishedAt: true,
          mandate: { select: { ...TITLE_FIELDS } },
          communication: {
            select: {
              reference: true,
              addresseeState: { select: { ...NAME_FIELDS } },
            },
          },
          visit: {
            select: {
              startDate: true,
              endDate: true,
              visitRequest: {
                select: { state: { select: { ...NAME_FIELDS } } },
              },
            },
          },
        },
      }),
  });
  return { total, pages, rows, now };
}
export type PressReleaseRow = Awaited<ReturnType<typeof findPressReleases>>["rows"][number];
