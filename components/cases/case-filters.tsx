import { getTranslations } from "next-intl/server";
import type { CaseFilters } from "@/lib/cases/find-cases";
import { AGE_FILTERS } from "@/lib/cases/rules";

type Option = { value: string; label: string };

/** The queue's filters as a GET form: the URL keeps them, so a filtered queue can be shared. */
export async function CaseFilterForm({
  action,
  filters,
  states,
  mandates,
}: {
  action: string;
  filters: CaseFilters;
  states: Option[];
  mandates: Option[];
}) {
  const t = await getTranslations("cases");
  const select = (name: string, label: string, value: string, options: Option[], any = true) => (
    <label className="text-sm">
      <span className="block font-medium">{label}</span>
      <select name={name} defaultValue={value} className="block max-w-xs rounded border border-slate-400 bg-white px-3 py-2">
        {any && <option value="">{t("any")}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label={t("filters")}>
      {select(
        "status",
        t("statusLabel"),
        filters.status,
        (["open", "acted-upon", "closed", "all"] as const).map((s) => ({ value: s, label: t(`queueStatuses.${s}`) })),
        false,
      )}
      {select("state", t("state"), filters.state ?? "", states)}
      {select("mandate", t("mandateFilter"), filters.mandate ?? "", mandates)}
      {select(
        "age",
        t("age"),
        String(filters.age),
        AGE_FILTERS.map((a) => ({ value: String(a), label: a === 0 ? t("anyAge") : t("olderThan", { days: a }) })),
        false,
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="urgent" value="1" defaultChecked={filters.urgent} className="size-4" />
        <span>{t("urgentOnly")}</span>
      </label>
      <button type="submit" className="btn-secondary">
        {t("applyFilters")}
      </button>
    </form>
  );
}
