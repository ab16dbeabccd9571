import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { genevaYearBounds } from "../core/geneva";
import { localized, TITLE_FIELDS } from "../i18n/localized";

/** Whom the secretariat may seat on a year's Committee: the holders who served a mandate that year. */
export async function committeeHolderChoices({ actor, year, locale }: { actor: Actor; year: number; locale: string }) {
  assertCan(actor, "committee:manage");
  const { start, end } = genevaYearBounds(year);
  const holders = await prisma.mandateHolder.findMany({
    where: { tenures: { some: { startDate: { lt: end }, OR: [{ endDate: null }, { endDate: { gte: start } }] } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      tenures: {
        where: { startDate: { lt: end }, OR: [{ endDate: null }, { endDate: { gte: start } }] },
        orderBy: { startDate: "asc" },
        take: 1,
        select: { mandate: { select: TITLE_FIELDS } },
      },
    },
  });
  return holders.map((h) => ({
    value: h.id,
    label: h.tenures[0] ? `${h.name} — ${localized(h.tenures[0].mandate, "title", locale)}` : h.name,
  }));
}
