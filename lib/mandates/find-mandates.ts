import "server-only";
import { prisma } from "../db/client";
import { tenureRunningAt } from "./tenure";
import { TITLE_FIELDS } from "../i18n/localized";

/** Active mandates with their current holders, for the public mandates page. */
export async function findActiveMandates(now = new Date()) {
  return prisma.mandate.findMany({
    where: { active: true },
    orderBy: [{ kind: "asc" }, { titleEn: "asc" }],
    select: {
      id: true,
      slug: true,
      kind: true,
      body: true,
      ...TITLE_FIELDS,
      established: true,
      tenures: {
        where: tenureRunningAt(now),
        orderBy: [{ role: "desc" }, { startDate: "asc" }],
        select: { role: true, mandateHolder: { select: { name: true } } },
      },
    },
  });
}
export type ActiveMandate = Awaited<ReturnType<typeof findActiveMandates>>[number];
