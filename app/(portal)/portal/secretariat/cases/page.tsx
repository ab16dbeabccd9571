import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findCases, parseCaseFilters } from "@/lib/cases/find-cases";
import { caseFilterChoices } from "@/lib/cases/form-choices";
import { Pagination } from "@/components/ui/pagination";
import { CaseList } from "@/components/cases/case-list";
import { CaseFilterForm } from "@/components/cases/case-filters";

const PATH = "/portal/secretariat/cases";

/** Issue 17: the secretariat's queue of case submissions — urgent first, then the longest waiting. */
export default async function CaseQueue({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("case:triage", PATH);
  const filters = parseCaseFilters(await searchParams);
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
      <h1>{t("queueHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("queueIntro")}</p>
      <p>
        <Link href={`${PATH}/report`}>{t("reportLink")}</Link>
      </p>
      <CaseFilterForm action={PATH} filters={filters} states={choices.states} mandates={choices.mandates} />
      <p data-testid="case-count">{t("count", { count: list.total })}</p>
      <CaseList rows={list.rows} basePath={PATH} caption={t("queueHeading")} />
      <Pagination page={filters.page} pages={list.pages} basePath={PATH} params={params} />
    </div>
  );
}
