import "server-only";
import { prisma } from "../db/client";
import { NAME_FIELDS } from "../i18n/localized";

/**
 * Every theme (R14) as forms and filters offer it: cross-cutting themes A–Z in English, then the
 * SDGs in their order. The one query for theme choices; callers pick what they show.
 */
export function findThemeChoices() {
  return prisma.theme.findMany({
    orderBy: [{ kind: "asc" }, { sdgNumber: "asc" }, { nameEn: "asc" }],
    select: {
      id: true,
      slug: true,
      kind: true,
      sdgNumber: true,
      ...NAME_FIELDS,
    },
  });
}

export type ThemeChoice = Awaited<ReturnType<typeof findThemeChoices>>[number];
