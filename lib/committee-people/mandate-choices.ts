import "server-only";
import { prisma } from "../db/client";
import { TITLE_FIELDS } from "../i18n/localized";

/** The mandates a declaration may name: the given ones (a holder's own), or every active mandate (the secretariat). */
export async function findMandateChoices({ mandateIds }: { mandateIds?: readonly string[] | undefined }) {
  return prisma.mandate.findMany({
    where: mandateIds === undefined ? { active: true } : { id: { in: [...mandateIds] } },
    orderBy: [{ titleEn: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, ...TITLE_FIELDS },
  });
}
