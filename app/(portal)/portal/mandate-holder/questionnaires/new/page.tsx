import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { questionnaireFormData } from "@/lib/questionnaires/questionnaire-form-data";
import { QuestionnaireForm } from "@/components/questionnaires/questionnaire-form";

const PATH = "/portal/mandate-holder/questionnaires";

/** A holder proposes a call for one of its mandates; the secretariat approves it (R12). */
export default async function ProposeQuestionnaire() {
  const actor = await requirePermission("questionnaire:propose", `${PATH}/new`);
  const [t, locale] = await Promise.all([getTranslations("questionnaires"), getLocale()]);
  const form = await questionnaireFormData({ actor, locale, now: now(), languageName: (l) => t(`languageNames.${l}` as never) });
  return (
    <div className="space-y-6">
      <h1>{t("proposeCall")}</h1>
      <p className="max-w-3xl text-slate-700">{t("proposeIntro")}</p>
      <QuestionnaireForm mode="propose" choices={form.choices} limits={form.limits} defaults={form.defaults} />
    </div>
  );
}
