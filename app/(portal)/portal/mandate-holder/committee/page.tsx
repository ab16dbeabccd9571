import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { genevaYear } from "@/lib/core/geneva";
import { localized } from "@/lib/i18n/localized";
import { findMandateChoices } from "@/lib/committee-people/mandate-choices";
import { findOwnExternalResources } from "@/lib/committee-people/find-external-resources";
import { findInductionProgramme } from "@/lib/committee-people/find-induction-programme";
import { ExternalResourceForm } from "@/components/committee-people/resource-form";
import { ResourceDeclarationsTable } from "@/components/committee-people/resources-tables";
import { InductionTable } from "@/components/committee-people/induction-table";

/** A holder declares external resources for its own mandates (CC2) and reads the induction materials (CC3). */
export default async function HolderCommittee() {
  const actor = await requirePermission("workspace:mandate-holder", "/portal/mandate-holder/committee");
  const [t, locale, mandates, own, programme] = await Promise.all([
    getTranslations("committeePeople"),
    getLocale(),
    findMandateChoices({ mandateIds: actor.mandateIds }),
    findOwnExternalResources({ mandateIds: actor.mandateIds }),
    findInductionProgramme({ actor }),
  ]);
  return (
    <div className="space-y-6">
      <h1>{t("holderHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("holderIntro")}</p>
      <section aria-labelledby="declare-h" className="space-y-2">
        <h2 id="declare-h">{t("declareHeading")}</h2>
        <ExternalResourceForm
          mandates={mandates.map((m) => ({ value: m.id, label: localized(m, "title", locale) }))}
          defaultYear={genevaYear(now())}
        />
      </section>
      <section aria-labelledby="own-h" className="space-y-2">
        <h2 id="own-h">{t("ownResourcesHeading")}</h2>
        {own.length === 0 ? <p>{t("ownResourcesEmpty")}</p> : <ResourceDeclarationsTable rows={own} removable />}
      </section>
      <section aria-labelledby="induction-h" className="space-y-2">
        <h2 id="induction-h">{t("inductionNav")}</h2>
        <InductionTable sessions={programme.rows} />
      </section>
    </div>
  );
}
