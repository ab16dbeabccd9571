import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findCases, parseCaseFilters } from "@/lib/cases/find-cases";
import { caseFilterChoices } from "@/lib/cases/form-choices";
import { Pagination } from "@/components/ui/pagination";
import { CaseList } from "@/components/cases/case-list";
import { CaseFilterForm } from "@/components/cases/case-filters";

const PATH = "/portal/mandate-holder/cases";

/** Issue 17: the submissions the secretariat assigned to the holder's mandates — only those. */
export default async function AssignedCases({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("case:view-assigned", PATH);
  const filters = parseCaseFilters({ status: "all", ...(await searchParams) });
  const locale = await getLocale();
  const [t, list, choices] = await Promise.all([getTranslations("cases"), findCases({ actor, filters }), caseFilterChoices({ locale })]);
  const params = Object.fromEntries(
    Object.entries({
      status: filters.status,
      state: filters.state,
      mandate: filters.mandate,
      age: filters.age ? String(filters.age) : undefined,
      urgent: filters.urgent ? "1" : undefined,
    }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return (
    <div className="space-y-4">
      <h1>{t("assignedHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("assignedIntro")}</p>
      <CaseFilterForm action={PATH} filters={filters} states={choices.states} mandates={choices.mandates} />
      <p data-testid="case-count">{t("count", { count: list.total })}</p>
      <CaseList rows={list.rows} basePath={PATH} caption={t("assignedHeading")} />
      <Pagination page={filters.page} pages={list.pages} basePath={PATH} params={params} />
    </div>
  );
}
