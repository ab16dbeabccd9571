import { getTranslations } from "next-intl/server";
import { caseFilterParams, type CaseFilters, type findCases } from "@/lib/cases/find-cases";
import type { caseFilterChoices } from "@/lib/cases/form-choices";
import { Pagination } from "@/components/ui/pagination";
import { CaseList } from "./case-list";
import { CaseFilterForm } from "./case-filters";

/**
 * A list of submissions (the secretariat's queue, a holder's assigned ones) with its filters, count
 * and pages; `heading` names the table. The page around it loads the list and says whose it is.
 */
export async function CaseQueue({
  filters,
  list,
  choices,
  path,
  heading,
}: {
  filters: CaseFilters;
  list: Awaited<ReturnType<typeof findCases>>;
  choices: Awaited<ReturnType<typeof caseFilterChoices>>;
  path: string;
  heading: string;
}) {
  const t = await getTranslations("cases");
  return (
    <>
      <CaseFilterForm action={path} filters={filters} states={choices.states} mandates={choices.mandates} />
      <p data-testid="case-count">{t("count", { count: list.total })}</p>
      <CaseList rows={list.rows} basePath={path} caption={heading} />
      <Pagination page={filters.page} pages={list.pages} basePath={path} params={caseFilterParams(filters)} />
    </>
  );
}
