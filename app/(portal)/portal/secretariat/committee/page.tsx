import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { genevaYear } from "@/lib/core/geneva";
import { localized } from "@/lib/i18n/localized";
import { findInductionProgramme, findInductionSessionChoices } from "@/lib/committee-people/find-induction-programme";
import { findVacancies } from "@/lib/committee-people/find-vacancies";
import { findConsultativeGroup } from "@/lib/committee-people/consultative-group";
import { findFormerHolders } from "@/lib/committee-people/find-former-holders";
import { findEngagements } from "@/lib/committee-people/find-engagements";
import { findMandateChoices } from "@/lib/committee-people/mandate-choices";
import { InductionMaterialForm, InductionSessionForm } from "@/components/committee-people/induction-forms";
import { ConsultativeGroupMemberForm, EngagementForm, VacancyRecordForm } from "@/components/committee-people/selection-forms";
import { ExternalResourceForm } from "@/components/committee-people/resource-form";
import { ResourceDeclarationsTable } from "@/components/committee-people/resources-tables";
import { findExternalResources } from "@/lib/committee-people/find-external-resources";
import { InductionTable } from "@/components/committee-people/induction-table";
import { VacanciesTable } from "@/components/committee-people/vacancies-table";
import { ConsultativeGroupTable } from "@/components/committee-people/consultative-group-table";
import { EngagementsTable } from "@/components/committee-people/engagements-table";
import { CALENDAR_DATE } from "@/components/committee-people/calendar-date";

/**
 * The secretariat keeps the Coordination Committee's space (issue 18, item 5): the induction programme
 * (CC3), the vacancies' selection and the Consultative Group (CC1), former holders' engagement (CC4) and
 * external resources for any mandate (CC2). The newest entries are here; the public pages list them all.
 */
export default async function SecretariatCommittee() {
  const actor = await requirePermission("committee:manage", "/portal/secretariat/committee");
  const at = now();
  const year = genevaYear(at);
  const [t, format, locale, programme, sessions, vacancies, group, former, engagements, mandates, resources] = await Promise.all([
    getTranslations("committeePeople"),
    getFormatter(),
    getLocale(),
    findInductionProgramme({ actor }),
    findInductionSessionChoices(),
    findVacancies({ now: at, page: 1 }),
    findConsultativeGroup({ year }),
    findFormerHolders({ now: at }),
    findEngagements({ page: 1 }),
    findMandateChoices({}),
    findExternalResources({ page: 1 }),
  ]);
  return (
    <div className="space-y-8">
      <h1>{t("secretariatHeading")}</h1>
      <section aria-labelledby="induction-h" className="space-y-3">
        <h2 id="induction-h">
          <Link href="/committee/induction">{t("inductionNav")}</Link>
        </h2>
        <InductionTable sessions={programme.rows} editable />
        <h3>{t("newSessionHeading")}</h3>
        <InductionSessionForm />
        {sessions.length > 0 && (
          <>
            <h3>{t("newMaterialHeading")}</h3>
            <InductionMaterialForm
              sessions={sessions.map((s) => ({ value: s.id, label: `${s.title} (${format.dateTime(s.startsOn, CALENDAR_DATE)})` }))}
            />
          </>
        )}
      </section>
      <section aria-labelledby="vacancies-h" className="space-y-3">
        <h2 id="vacancies-h">
          <Link href="/committee/vacancies">{t("vacanciesNav")}</Link>
        </h2>
        <VacanciesTable rows={vacancies.rows} />
        {vacancies.rows.length > 0 && (
          <>
            <h3>{t("recordVacancyHeading")}</h3>
            <VacancyRecordForm
              vacancies={vacancies.rows.map((v) => ({
                value: v.tenureId,
                label: `${localized(v.mandate, "title", locale)} — ${v.outgoingHolder} (${format.dateTime(v.termEnds, CALENDAR_DATE)})`,
              }))}
            />
          </>
        )}
        <h3>{t("consultativeGroupHeading")}</h3>
        <ConsultativeGroupTable members={group} year={year} removable />
        <h3>{t("addMemberHeading")}</h3>
        <ConsultativeGroupMemberForm defaultYear={year} />
      </section>
      <section aria-labelledby="former-h" className="space-y-3">
        <h2 id="former-h">
          <Link href="/committee/former-mandate-holders">{t("formerNav")}</Link>
        </h2>
        <h3>{t("recordEngagementHeading")}</h3>
        <EngagementForm
          formerHolders={former.map((f) => ({
            value: `${f.mandateHolderId}:${f.mandateId}`,
            label: `${f.name} — ${localized(f.mandate, "title", locale)}`,
          }))}
        />
        <EngagementsTable rows={engagements.rows} removable />
      </section>
      <section aria-labelledby="resources-h" className="space-y-3">
        <h2 id="resources-h">
          <Link href="/committee/external-resources">{t("resourcesNav")}</Link>
        </h2>
        <h3>{t("declareHeading")}</h3>
        <ExternalResourceForm mandates={mandates.map((m) => ({ value: m.id, label: localized(m, "title", locale) }))} defaultYear={year} />
        <h3>{t("latestDeclarationsHeading")}</h3>
        {resources.rows.length === 0 ? (
          <p>{t("declarationsEmpty")}</p>
        ) : (
          <ResourceDeclarationsTable rows={resources.rows} editable removable />
        )}
      </section>
    </div>
  );
}
