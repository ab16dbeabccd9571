import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { now as clockNow } from "../core/clock";
import { loadPage, PAGE_SIZE, pageSchema } from "../core/pagination";
import { assertNoIssues, checkParams, slug as strictSlug, type RawParams } from "../core/query-params";
import { PUBLIC_STORY_SELECT, publicStoryScope } from "./scope";
import { findThemeChoices } from "../themes/find-theme-choices";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/)
  .optional()
  .catch(undefined);
/** Filters of the public page and the feed (R13, R14): State, mandate, theme; malformed values are ignored. */
export const storyFilterSchema = z.object({
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((s) => s.toUpperCase())
    .optional()
    .catch(undefined),
  mandate: slug,
  theme: slug,
  page: pageSchema,
});
export type StoryFilters = z.infer<typeof storyFilterSchema>;

export function parseStoryFilters(raw: URLSearchParams | Record<string, string | string[] | undefined>): StoryFilters {
  const get = (k: string) => (raw instanceof URLSearchParams ? (raw.get(k) ?? undefined) : [raw[k]].flat()[0]);
  return storyFilterSchema.parse({ state: get("state"), mandate: get("mandate"), theme: get("theme"), page: get("page") });
}

const FEED_PARAMS = {
  state: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "invalid")
    .transform((v) => v.toUpperCase()),
  mandate: strictSlug,
  theme: strictSlug,
};

/** The feed's filters: a malformed value is a 400 naming it (issue 13, item 3), not ignored. */
export function parseStoryFeedParams(raw: RawParams): Omit<StoryFilters, "page"> {
  const { values, issues } = checkParams(raw, FEED_PARAMS);
  assertNoIssues(issues);
  return { state: values.state, mandate: values.mandate, theme: values.theme };
}

function where(filters: Omit<StoryFilters, "page">, now: Date): Prisma.GoodStoryWhereInput {
  return {
    AND: [
      publicStoryScope(now),
      filters.state ? { state: { iso3: filters.state } } : {},
      filters.mandate ? { mandate: { slug: filters.mandate } } : {},
      filters.theme ? { themes: { some: { theme: { slug: filters.theme } } } } : {},
    ],
  };
}

/** The public, filterable list of published good stories, newest first. */
export async function findPublicStories({ filters, pageSize = PAGE_SIZE }: { filters: StoryFilters; pageSize?: number }) {
  const match = where(filters, clockNow());
  return loadPage({
    page: filters.page,
    size: pageSize,
    count: () => prisma.goodStory.count({ where: match }),
    rows: (w) =>
      prisma.goodStory.findMany({ where: match, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], ...w, select: PUBLIC_STORY_SELECT }),
  });
}
export type PublicStory = Awaited<ReturnType<typeof findPublicStories>>["rows"][number];

/** One published story with its public evidence files. */
export async function getPublicStory({ storyId }: { storyId: string }) {
  if (!z.uuid().safeParse(storyId).success) return null;
  return prisma.goodStory.findFirst({
    where: { AND: [{ id: storyId }, publicStoryScope(clockNow())] },
    select: {
      ...PUBLIC_STORY_SELECT,
      // Submitted under an organisation's name (issue 17, item 3): the organisation is credited.
      organisation: { select: { name: true } },
      attachments: { where: { isPublic: true }, select: { id: true, fileName: true, size: true } },
    },
  });
}

/** The choices of the public filters: States and mandates that have a published story, and every theme. */
export async function storyFilterChoices() {
  const scope = publicStoryScope(clockNow());
  const [states, mandates, themes] = await Promise.all([
    prisma.state.findMany({
      where: { goodStories: { some: scope } },
      orderBy: { nameEn: "asc" },
      select: { iso3: true, ...NAME_FIELDS },
    }),
    prisma.mandate.findMany({
      where: { goodStories: { some: scope } },
      orderBy: { titleEn: "asc" },
      select: { slug: true, ...TITLE_FIELDS },
    }),
    findThemeChoices(),
  ]);
  return { states, mandates, themes };
}
