import "server-only";
import { prisma } from "../db/client";

/** The Consultative Group of a year's selection (public), by regional group then name. */
export async function findConsultativeGroup({ year }: { year: number }) {
  return prisma.consultativeGroupMember.findMany({
    where: { year },
    orderBy: [{ regionalGroup: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, year: true, name: true, regionalGroup: true },
  });
}
export type ConsultativeGroupRow = Awaited<ReturnType<typeof findConsultativeGroup>>[number];
