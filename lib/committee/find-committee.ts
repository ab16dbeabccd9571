import "server-only";
import { prisma } from "../db/client";
import { genevaYearBounds } from "../core/geneva";
import { TITLE_FIELDS } from "../i18n/localized";
import { ROLE_ORDER } from "./rules";

/**
 * The Committee of one year as the public sees it: each seat's holder, role and the mandates the
 * holder served during that year (public facts). Chair first, then the Rapporteur, then members by name.
 */
export async function findCommitteeOfYear({ year }: { year: number }) {
  const { start, end } = genevaYearBounds(year);
  const seats = await prisma.committeeMembership.findMany({
    where: { year },
    select: {
      id: true,
      role: true,
      mandateHolder: {
        select: {
          id: true,
          name: true,
          tenures: {
            where: { startDate: { lt: end }, OR: [{ endDate: null }, { endDate: { gte: start } }] },
            orderBy: { startDate: "asc" },
            select: { mandate: { select: { slug: true, ...TITLE_FIELDS } } },
          },
        },
      },
    },
  });
  return seats
    .map((s) => ({
      id: s.id,
      role: s.role,
      holderId: s.mandateHolder.id,
      name: s.mandateHolder.name,
      mandates: s.mandateHolder.tenures.map((t) => t.mandate),
    }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The years for which a Committee is recorded, newest first. */
export async function committeeYears(): Promise<number[]> {
  const rows = await prisma.committeeMembership.groupBy({ by: ["year"], orderBy: { year: "desc" } });
  return rows.map((r) => r.year);
}
