import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { genevaDate } from "@/lib/core/geneva";
import { pageSchema } from "@/lib/core/pagination";
import { localized } from "@/lib/i18n/localized";
import { findStatesOfConcern } from "@/lib/statistics/find-concern";
import { findProactiveRequests, getProactiveRequestChoices } from "@/lib/cooperation/find-proactive-requests";
import { Pagination } from "@/components/ui/pagination";
import { StatesOfConcernTable } from "@/components/cooperation/states-of-concern-table";
import { ProactiveRequestsTable } from "@/components/cooperation/proactive-requests-table";
import { ProactiveRequestForm } from "@/components/cooperation/proactive-request-form";

const PATH = "/portal/secretariat/cooperation";

/** R21: concern across mandates (every letter sent) and the information requested proactively from States. */
export default async function SecretariatCooperationPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("cooperation:manage", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const at = now();
  const [t, locale, concern, list, choices] = await Promise.all([
    getTranslations("cooperation"),
    getLocale(),
    findStatesOfConcern({ actor, now: at }),
    findProactiveRequests({ actor, page }),
    getProactiveRequestChoices({ actor }),
  ]);
  const today = genevaDate(at);
  return (
    <div className="space-y-8">
      <h1>{t("secretariatHeading")}</h1>
      <StatesOfConcernTable concern={concern} />
      <section aria-labelledby="requests-h" className="space-y-4">
        <h2 id="requests-h">{t("requestsHeading")}</h2>
        <p className="max-w-3xl text-slate-700">{t("requestsIntro")}</p>
        <ProactiveRequestsTable rows={list.rows} today={today} />
        <Pagination page={page} pages={list.pages} basePath={PATH} />
        <h3>{t("recordHeading")}</h3>
        <ProactiveRequestForm
          today={today}
          states={choices.states.map((s) => ({ value: s.id, label: localized(s, "name", locale) }))}
          mandates={choices.mandates.map((m) => ({ value: m.id, label: localized(m, "title", locale) }))}
        />
      </section>
    </div>
  );
}
