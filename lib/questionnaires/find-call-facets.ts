import "server-only";
import { prisma } from "../db/client";
import { publicCallScope } from "./scope";
import { findThemeChoices } from "../themes/find-theme-choices";
import { TITLE_FIELDS } from "../i18n/localized";

/** The choices of the public filters: mandates that have issued a call, and every theme (R14). */
export async function findCallFacets({ now }: { now: Date }) {
  const [mandates, themes] = await Promise.all([
    prisma.mandate.findMany({
      where: { questionnaires: { some: { questionnaire: { is: publicCallScope(now) } } } },
      orderBy: { titleEn: "asc" },
      select: { slug: true, ...TITLE_FIELDS },
    }),
    findThemeChoices(),
  ]);
  return { mandates, themes };
}
