import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { STATE_FILTER_KEYS, type StateFilters } from "@/lib/states/state-filters";

/**
 * R20: the filters of `/states` — a plain GET form, so it works without JavaScript and the result is a
 * link anyone can share. The boxes combine (every ticked filter applies).
 */
export async function StateFiltersForm({ filters }: { filters: StateFilters }) {
  const t = await getTranslations("cooperation");
  const any = STATE_FILTER_KEYS.some((k) => filters[k]);
  return (
    <form method="get" action="/states" className="space-y-3 rounded border border-slate-200 p-4" data-testid="state-filters">
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("filtersLegend")}</legend>
        {STATE_FILTER_KEYS.map((key) => (
          <div key={key} className="flex items-start gap-2">
            <input id={`filter-${key}`} type="checkbox" name={key} value="1" defaultChecked={filters[key]} className="mt-1 size-4" />
            <label htmlFor={`filter-${key}`} className="text-sm">
              {t(`filters.${key}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn-primary">
          {t("filtersApply")}
        </button>
        {any && <Link href="/states">{t("filtersClear")}</Link>}
      </div>
    </form>
  );
}
