import { getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { genevaYear } from "@/lib/core/geneva";
import { pageSchema } from "@/lib/core/pagination";
import { findVacancies } from "@/lib/committee-people/find-vacancies";
import { findConsultativeGroup } from "@/lib/committee-people/consultative-group";
import { VACANCY_HORIZON_MONTHS } from "@/lib/committee-people/vacancy-rules";
import { Pagination } from "@/components/ui/pagination";
import { CommitteeNav } from "@/components/committee-people/committee-nav";
import { VacanciesTable } from "@/components/committee-people/vacancies-table";
import { ConsultativeGroupTable } from "@/components/committee-people/consultative-group-table";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("committeePeople"))("vacanciesHeading") };
}

const CRITERIA = ["criterionExpertise", "criterionExperience", "criterionIndependence", "criterionBalance", "criterionNoConflict"] as const;

/** CC1: vacancies computed from the tenures, the selection criteria and the Consultative Group. */
export default async function VacanciesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageSchema.parse((await searchParams).page);
  const at = now();
  const year = genevaYear(at);
  const [t, vacancies, group] = await Promise.all([
    getTranslations("committeePeople"),
    findVacancies({ now: at, page }),
    findConsultativeGroup({ year }),
  ]);
  return (
    <div className="space-y-6">
      <CommitteeNav current="/committee/vacancies" />
      <h1>{t("vacanciesHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("vacanciesIntro")}</p>
      <section className="space-y-2">
        <p>{t("vacanciesCount", { current: vacancies.current, upcoming: vacancies.upcoming, months: VACANCY_HORIZON_MONTHS })}</p>
        <VacanciesTable rows={vacancies.rows} />
        <Pagination page={page} pages={vacancies.pages} basePath="/committee/vacancies" />
      </section>
      <section aria-labelledby="criteria-h" className="max-w-3xl space-y-2">
        <h2 id="criteria-h">{t("criteriaHeading")}</h2>
        <p>{t("criteriaIntro")}</p>
        <ul className="list-disc space-y-1 ps-6">
          {CRITERIA.map((c) => (
            <li key={c}>{t(c)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="group-h" className="space-y-2">
        <h2 id="group-h">{t("consultativeGroupHeading")}</h2>
        <p className="max-w-3xl">{t("consultativeGroupRole")}</p>
        <ConsultativeGroupTable members={group} year={year} />
      </section>
    </div>
  );
}
