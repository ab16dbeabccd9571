import { getLocale, getTranslations } from "next-intl/server";
import type { storyFilterChoices, StoryFilters } from "@/lib/stories/find-public-stories";
import { localized } from "@/lib/i18n/localized";

/** The filters of the public page as a GET form, so every filtered view has its own URL. */
export async function StoryFilterForm({
  choices,
  filters,
}: {
  choices: Awaited<ReturnType<typeof storyFilterChoices>>;
  filters: StoryFilters;
}) {
  const [t, locale] = await Promise.all([getTranslations("stories"), getLocale()]);
  const select = "block w-full rounded border border-slate-400 bg-white px-3 py-2";
  return (
    <form method="get" action="/stories" className="grid gap-3 sm:grid-cols-4 sm:items-end" role="search" aria-label={t("filters")}>
      <label className="text-sm">
        <span className="block font-medium">{t("state")}</span>
        <select name="state" defaultValue={filters.state ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {choices.states.map((s) => (
            <option key={s.iso3} value={s.iso3}>
              {localized(s, "name", locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("mandate")}</span>
        <select name="mandate" defaultValue={filters.mandate ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {choices.mandates.map((m) => (
            <option key={m.slug} value={m.slug}>
              {localized(m, "title", locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("theme")}</span>
        <select name="theme" defaultValue={filters.theme ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {choices.themes.map((th) => (
            <option key={th.slug} value={th.slug}>
              {localized(th, "name", locale)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn-secondary">
        {t("applyFilters")}
      </button>
    </form>
  );
}
