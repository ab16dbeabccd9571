import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { PublicStory } from "@/lib/stories/find-public-stories";
import { localized } from "@/lib/i18n/localized";

/** Published good stories: title, State, mandate, date and theme links. */
export async function StoryList({ rows, headingLevel = 2 }: { rows: PublicStory[]; headingLevel?: 2 | 3 }) {
  const [t, format, locale] = await Promise.all([getTranslations("stories"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p>{t("empty")}</p>;
  const H = `h${headingLevel}` as const;
  return (
    <ul className="divide-y divide-slate-200">
      {rows.map((s) => (
        <li key={s.id} className="space-y-1 py-3" data-testid="public-story">
          <H className="text-base font-semibold">
            <Link href={`/stories/${s.id}`}>{s.title}</Link>
          </H>
          <p className="text-sm text-slate-700">
            {s.state && localized(s.state, "name", locale)}
            {s.mandate && <> · {localized(s.mandate, "title", locale)}</>}
            {s.publishedAt && <> · {format.dateTime(s.publishedAt, { dateStyle: "medium" })}</>}
          </p>
          <p className="line-clamp-3">{s.whatChanged}</p>
          {s.themes.length > 0 && (
            <ul className="flex flex-wrap gap-2 text-xs" aria-label={t("themes")}>
              {s.themes.map(({ theme }) => (
                <li key={theme.slug}>
                  <Link href={`/themes/${theme.slug}`} className="rounded bg-un-sky px-2 py-0.5">
                    {localized(theme, "name", locale)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
