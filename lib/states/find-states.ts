import "server-only";
import { prisma } from "../db/client";
import { NAME_FIELDS } from "../i18n/localized";

/** All States with their Council terms covering `year`. */
export async function findStates(year = new Date().getUTCFullYear()) {
  return prisma.state.findMany({
    orderBy: { nameEn: "asc" },
    select: {
      id: true,
      iso3: true,
      ...NAME_FIELDS,
      regionalGroup: true,
      status: true,
      councilTerms: {
        where: { fromYear: { lte: year }, toYear: { gte: year } },
        select: { fromYear: true, toYear: true },
      },
    },
  });
}
export type StateRow = Awaited<ReturnType<typeof findStates>>[number];
