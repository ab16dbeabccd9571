import type { Prisma } from "../generated/prisma/client";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

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
  mandate: { select: { slug: true, ...TITLE_FIELDS } },
  state: { select: { iso3: true, ...NAME_FIELDS } },
  themes: {
    select: { theme: { select: { slug: true, ...NAME_FIELDS } } },
  },
} as const satisfies Prisma.GoodStorySelect;
