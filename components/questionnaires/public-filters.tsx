import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { PublicFilters } from "@/lib/questionnaires/schemas";

type Facets = {
  mandates: { slug: string; titleEn: string; titleFr: string; titleEs: string; titleAr: string; titleZh: string; titleRu: string }[];
  themes: { slug: string; nameEn: string; nameFr: string; nameEs: string; nameAr: string; nameZh: string; nameRu: string }[];
};

/** A plain GET form: every filter lands in the URL, so a filtered list can be shared and bookmarked. */
export async function PublicFiltersForm({ filters, facets }: { filters: PublicFilters; facets: Facets }) {
  const [t, locale] = await Promise.all([getTranslations("questionnaires"), getLocale()]);
  const select = "block w-full rounded border border-slate-400 bg-white px-3 py-2";
  return (
    <form
      method="get"
      action="/calls-for-input"
      className="grid gap-4 rounded border border-slate-200 p-4 sm:grid-cols-3"
      role="search"
      aria-label={t("filters")}
    >
      <div className="space-y-1">
        <label htmlFor="f-mandate" className="block text-sm font-medium">
          {t("mandate")}
        </label>
        <select id="f-mandate" name="mandate" defaultValue={filters.mandate ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {facets.mandates.map((m) => (
            <option key={m.slug} value={m.slug}>
              {localized(m, "title", locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="f-audience" className="block text-sm font-medium">
          {t("audience")}
        </label>
        <select id="f-audience" name="audience" defaultValue={filters.audience ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {(["STATES", "CIVIL_SOCIETY", "ALL"] as const).map((a) => (
            <option key={a} value={a}>
              {t(`audiences.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="f-theme" className="block text-sm font-medium">
          {t("theme")}
        </label>
        <select id="f-theme" name="theme" defaultValue={filters.theme ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {facets.themes.map((x) => (
            <option key={x.slug} value={x.slug}>
              {localized(x, "name", locale)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="f-status" className="block text-sm font-medium">
          {t("statusFilter")}
        </label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={select}>
          <option value="">{t("openAndPast")}</option>
          <option value="open">{t("openOnly")}</option>
          <option value="past">{t("pastOnly")}</option>
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="f-after" className="block text-sm font-medium">
          {t("deadlineAfter")}
        </label>
        <input id="f-after" type="date" name="deadlineAfter" defaultValue={filters.deadlineAfter ?? ""} className={select} />
      </div>
      <div className="space-y-1">
        <label htmlFor="f-before" className="block text-sm font-medium">
          {t("deadlineBefore")}
        </label>
        <input id="f-before" type="date" name="deadlineBefore" defaultValue={filters.deadlineBefore ?? ""} className={select} />
      </div>
      <div className="flex items-end gap-3 sm:col-span-3">
        <button type="submit" className="btn-primary">
          {t("applyFilters")}
        </button>
        <Link href="/calls-for-input">{t("clearFilters")}</Link>
      </div>
    </form>
  );
}
