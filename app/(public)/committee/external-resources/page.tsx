import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { pageSchema } from "@/lib/core/pagination";
import { localized } from "@/lib/i18n/localized";
import { resourceFilterSchema } from "@/lib/committee-people/schemas";
import { findExternalResources } from "@/lib/committee-people/find-external-resources";
import { findMandateChoices } from "@/lib/committee-people/mandate-choices";
import { Pagination } from "@/components/ui/pagination";
import { CommitteeNav } from "@/components/committee-people/committee-nav";
import { ResourceDeclarationsTable, ResourceTotalsTable } from "@/components/committee-people/resources-tables";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("committeePeople"))("resourcesHeading") };
}

type Search = { page?: string; year?: string; mandate?: string };

/** CC2: external resources declared, per mandate and per year, with totals. */
export default async function ExternalResourcesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const page = pageSchema.parse(params.page);
  const filter = resourceFilterSchema.parse({ year: params.year || undefined, mandate: params.mandate || undefined });
  const [t, format, locale, list, mandates] = await Promise.all([
    getTranslations("committeePeople"),
    getFormatter(),
    getLocale(),
    findExternalResources({ year: filter.year, mandateSlug: filter.mandate, page }),
    findMandateChoices({}),
  ]);
  const kept: Record<string, string> = {
    ...(filter.year !== undefined ? { year: String(filter.year) } : {}),
    ...(filter.mandate !== undefined ? { mandate: filter.mandate } : {}),
  };
  return (
    <div className="space-y-4">
      <CommitteeNav current="/committee/external-resources" />
      <h1>{t("resourcesHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("resourcesIntro")}</p>
      <form method="get" action="/committee/external-resources" className="flex flex-wrap items-end gap-4">
        <label className="block text-sm">
          <span className="font-medium">{t("filterYear")}</span>
          <select name="year" defaultValue={kept.year ?? ""} className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2">
            <option value="">{t("allYears")}</option>
            {list.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          <span className="font-medium">{t("filterMandate")}</span>
          <select
            name="mandate"
            defaultValue={kept.mandate ?? ""}
            className="mt-1 block max-w-md rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t("allMandates")}</option>
            {mandates.map((m) => (
              <option key={m.slug} value={m.slug}>
                {localized(m, "title", locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn-secondary">
          {t("filter")}
        </button>
      </form>
      <p data-testid="resources-summary">
        {t("resourcesSummary", {
          declarations: list.sum.declarations,
          amount: format.number(list.sum.amountUsd, { style: "currency", currency: "USD", maximumFractionDigits: 0 }),
          inKind: list.sum.inKindOnly,
        })}
      </p>
      {list.count === 0 ? (
        <p>{t("resourcesEmpty")}</p>
      ) : (
        <>
          <ResourceTotalsTable totals={list.totals} />
          <ResourceDeclarationsTable rows={list.rows} />
          <Pagination page={page} pages={list.pages} basePath="/committee/external-resources" params={kept} />
        </>
      )}
    </div>
  );
}
