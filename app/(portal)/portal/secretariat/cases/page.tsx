import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findCases, parseCaseFilters } from "@/lib/cases/find-cases";
import { caseFilterChoices } from "@/lib/cases/form-choices";
import { CaseQueue } from "@/components/cases/case-queue";

const PATH = "/portal/secretariat/cases";

/** Issue 17: the secretariat's queue of case submissions — urgent first, then the longest waiting. */
export default async function SecretariatCaseQueue({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("case:triage", PATH);
  const filters = parseCaseFilters(await searchParams);
  const [t, list, choices] = await Promise.all([
    getTranslations("cases"),
    findCases({ actor, filters }),
    caseFilterChoices({ locale: await getLocale() }),
  ]);
  return (
    <div className="space-y-4">
      <h1>{t("queueHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("queueIntro")}</p>
      <p>
        <Link href={`${PATH}/report`}>{t("reportLink")}</Link>
      </p>
      <CaseQueue filters={filters} list={list} choices={choices} path={PATH} heading={t("queueHeading")} />
    </div>
  );
}
