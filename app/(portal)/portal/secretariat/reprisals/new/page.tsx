import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { reprisalFormChoices } from "@/lib/reprisals/form-data";
import { localized } from "@/lib/i18n/localized";
import { CaseForm } from "@/components/reprisals/case-form";

const PATH = "/portal/secretariat/reprisals";

export default async function NewReprisalCase() {
  const actor = await requirePermission("reprisal:manage", `${PATH}/new`);
  const [t, locale, choices] = await Promise.all([getTranslations("reprisals"), getLocale(), reprisalFormChoices({ actor })]);
  return (
    <div className="space-y-4">
      <h1>{t("newCase")}</h1>
      <p role="note" className="max-w-3xl rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        {t("confidentialNotice")}
      </p>
      <CaseForm
        mode="secretariat"
        communications={[]}
        states={choices.states.map((s) => ({ value: s.id, label: localized(s, "name", locale) }))}
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
