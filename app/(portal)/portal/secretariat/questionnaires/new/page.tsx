import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { questionnaireFormData } from "@/lib/questionnaires/questionnaire-form-data";
import { getFatigueTable } from "@/lib/questionnaires/fatigue";
import { QuestionnaireForm } from "@/components/questionnaires/questionnaire-form";
import { FatigueTable } from "@/components/questionnaires/fatigue-table";

const PATH = "/portal/secretariat/questionnaires";

/** R12: creating a call, with each State's current load (fatigue) beside it. */
export default async function NewQuestionnaire() {
  const actor = await requirePermission("questionnaire:create", `${PATH}/new`);
  const [t, locale] = await Promise.all([getTranslations("questionnaires"), getLocale()]);
  const at = now();
  const [form, fatigue] = await Promise.all([
    questionnaireFormData({ actor, locale, now: at, languageName: (l) => t(`languageNames.${l}` as never) }),
    getFatigueTable({ actor, now: at }),
  ]);
  return (
    <div className="space-y-6">
      <h1>{t("newCall")}</h1>
      <FatigueTable rows={fatigue} />
      <QuestionnaireForm mode="create" choices={form.choices} limits={form.limits} defaults={form.defaults} />
    </div>
  );
}
