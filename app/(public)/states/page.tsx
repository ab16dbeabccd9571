import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { findStates } from "@/lib/states/find-states";
import { parseStateFilters } from "@/lib/states/state-filters";
import { getSpSide } from "@/lib/statistics/find-sp-side";
import { now } from "@/lib/core/clock";
import { genevaYear } from "@/lib/core/geneva";
import { localized } from "@/lib/i18n/localized";
import { DataTable, type Column } from "@/components/ui/data-table";
import { StateFiltersForm } from "@/components/cooperation/state-filters-form";
import { SpSideSection } from "@/components/cooperation/sp-side-section";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("states"))("heading") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StatesPage({ searchParams }: Props) {
  const filters = parseStateFilters(await searchParams);
  const at = now();
  const [t, tc, locale, states, spSide] = await Promise.all([
    getTranslations("states"),
    getTranslations("cooperation"),
    getLocale(),
    findStates(genevaYear(at), { filters, now: at }),
    getSpSide({ now: at }),
  ]);
  const sorted = [...states].sort((a, b) => localized(a, "name", locale).localeCompare(localized(b, "name", locale), locale));
  const columns: Column<(typeof sorted)[number]>[] = [
    {
      key: "name",
      header: t("name"),
      rowHeader: true,
      cell: (s) => <Link href={`/states/${s.iso3}`}>{localized(s, "name", locale)}</Link>,
    },
    { key: "iso3", header: t("iso3"), className: "font-mono", cell: (s) => s.iso3 },
    { key: "group", header: t("group"), cell: (s) => t(`groups.${s.regionalGroup}`) },
    { key: "status", header: t("status"), cell: (s) => (s.status === "MEMBER" ? t("member") : t("observer")) },
    {
      key: "council",
      header: t("council"),
      cell: (s) => s.councilTerms.map((c) => t("councilMember", { from: c.fromYear, to: c.toYear })).join(", "),
    },
  ];
  return (
    <div className="space-y-6">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">
        {t("intro")} <span data-testid="states-count">{t("count", { count: states.length })}</span>
      </p>
      <p className="text-sm">
        <a href="#sp-side">{tc("spSideLink")}</a>
      </p>
      <StateFiltersForm filters={filters} />
      <DataTable
        caption={t("heading")}
        captionHidden
        columns={columns}
        rows={sorted}
        rowKey={(s) => s.id}
        testId="states-table"
        empty={tc("filtersNone")}
        compact
      />
      <SpSideSection figures={spSide} context="overall" />
    </div>
  );
}
