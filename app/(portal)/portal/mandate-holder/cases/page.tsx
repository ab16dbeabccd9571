import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findCases, parseCaseFilters } from "@/lib/cases/find-cases";
import { caseFilterChoices } from "@/lib/cases/form-choices";
import { CaseQueue } from "@/components/cases/case-queue";

const PATH = "/portal/mandate-holder/cases";

/** Issue 17: the submissions the secretariat assigned to the holder's mandates — only those. */
export default async function AssignedCases({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("case:view-assigned", PATH);
  const filters = parseCaseFilters({ status: "all", ...(await searchParams) });
  const [t, list, choices] = await Promise.all([
    getTranslations("cases"),
    findCases({ actor, filters }),
    caseFilterChoices({ locale: await getLocale() }),
  ]);
  return (
    <div className="space-y-4">
      <h1>{t("assignedHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("assignedIntro")}</p>
      <CaseQueue filters={filters} list={list} choices={choices} path={PATH} heading={t("assignedHeading")} />
    </div>
  );
}
