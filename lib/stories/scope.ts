import type { Prisma } from "../generated/prisma/client";

/** R13: what the public sees — published stories only. */
export function publicStoryScope(now: Date): Prisma.GoodStoryWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

/** The public fields of a story: never the submitter, its email, the token or the moderation note. */
export const PUBLIC_STORY_SELECT = {
  id: true,
  title: true,
  recommendation: true,
  whatChanged: true,
  evidenceLinks: true,
  publishedAt: true,
  sample: true,
  mandate: { select: { slug: true, titleEn: true, titleFr: true, titleEs: true, titleAr: true, titleZh: true, titleRu: true } },
  state: { select: { iso3: true, nameEn: true, nameFr: true, nameEs: true, nameAr: true, nameZh: true, nameRu: true } },
  themes: {
    select: { theme: { select: { slug: true, nameEn: true, nameFr: true, nameEs: true, nameAr: true, nameZh: true, nameRu: true } } },
  },
} as const satisfies Prisma.GoodStorySelect;
