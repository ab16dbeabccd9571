import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { findPublicStories, parseStoryFilters, storyFilterChoices } from "@/lib/stories/find-public-stories";
import { Pagination } from "@/components/ui/pagination";
import { StoryList } from "@/components/stories/story-list";
import { StoryFilterForm } from "@/components/stories/story-filters";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("stories"))("publicHeading") };
}

/** R13: published good stories, filterable by State, mandate and theme (R14), with an Atom feed. */
export default async function PublicStories({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = parseStoryFilters(await searchParams);
  const [t, list, choices] = await Promise.all([getTranslations("stories"), findPublicStories({ filters }), storyFilterChoices()]);
  const query = Object.fromEntries(
    Object.entries({ state: filters.state, mandate: filters.mandate, theme: filters.theme }).filter(([, v]) => v),
  ) as Record<string, string>;
  const qs = new URLSearchParams(query).toString();
  return (
    <div className="space-y-4">
      <h1>{t("publicHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("publicIntro")}</p>
      <p className="flex flex-wrap gap-4">
        <Link href="/stories/submit" className="btn-primary">
          {t("submitHeading")}
        </Link>
        <Link href="/stories/status">{t("checkStatus")}</Link>
        <a href={`/api/stories/feed.atom${qs ? `?${qs}` : ""}`}>{t("feed")}</a>
      </p>
      <StoryFilterForm choices={choices} filters={filters} />
      <p>{t("count", { count: list.total })}</p>
      <StoryList rows={list.rows} />
      <Pagination page={filters.page} pages={list.pages} basePath="/stories" params={query} />
    </div>
  );
}
