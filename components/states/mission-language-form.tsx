"use client";
import { useTranslations } from "next-intl";
import { missionLanguageAction } from "@/lib/states/actions";
import { MAIL_LOCALE_NAMES, MAIL_LOCALES } from "@/lib/i18n/mail-languages";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

/**
 * The language of a mission's mail (State.locale). The mission's administrator sets its own, beside
 * its focal point; the secretariat chooses the State first (`states`).
 */
export function MissionLanguageForm({ locale, states }: { locale: string; states?: { value: string; label: string }[] }) {
  const t = useTranslations("communications");
  const { state, pending, formRef, onSubmit } = useActionForm(missionLanguageAction);
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {states && <SelectField label={t("missionLanguageState")} name="stateId" options={states} error={e.stateId} required />}
      <SelectField
        label={t("missionLanguage")}
        help={t("missionLanguageHelp")}
        name="locale"
        defaultValue={locale}
        error={e.locale}
        options={MAIL_LOCALES.map((l) => ({ value: l, label: MAIL_LOCALE_NAMES[l] }))}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("missionLanguageSave")}
      </button>
    </form>
  );
}
