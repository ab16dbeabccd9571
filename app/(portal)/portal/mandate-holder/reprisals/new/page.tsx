import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { reprisalFormChoices } from "@/lib/reprisals/form-data";
import { localized } from "@/lib/i18n/localized";
import { CaseForm } from "@/components/reprisals/case-form";

const PATH = "/portal/mandate-holder/reprisals";

export default async function HolderNewReprisalCase() {
  const actor = await requirePermission("reprisal:submit", `${PATH}/new`);
  const [t, locale, choices] = await Promise.all([getTranslations("reprisals"), getLocale(), reprisalFormChoices({ actor })]);
  return (
    <div className="space-y-4">
      <h1>{t("recordCase")}</h1>
      <p className="max-w-3xl text-slate-700">{t("holderRecordIntro")}</p>
      <CaseForm
        mode="mandate-holder"
        states={choices.states.map((s) => ({ value: s.id, label: localized(s, "name", locale) }))}
        communications={choices.communications.map((c) => ({
          value: c.reference ?? "",
          label: `${c.reference} — ${c.subject}${c.concernsReprisals ? ` (${t("flaggedReprisals")})` : ""}`,
        }))}
        initial={{
          caseId: "",
          stateId: "",
          personsConcerned: "",
          cooperationContext: "",
          actsAlleged: "",
          actsDate: "",
          actionsTaken: "",
          communicationReferences: [],
          status: "OPEN",
          confidentiality: "STRICTLY_CONFIDENTIAL",
          sgReportYear: "",
        }}
      />
    </div>
  );
}
