"use client";
import { useTranslations } from "next-intl";
import { missionLanguageAction } from "@/lib/states/actions";
import { MAIL_LOCALE_NAMES, MAIL_LOCALES } from "@/lib/i18n/mail-languages";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

/** The language of the mission's mail (State.locale): beside the focal point, who gets a copy of it. */
export function MissionLanguageForm({ stateId, locale }: { stateId?: string; locale: string }) {
  const t = useTranslations("communications");
  const { state, pending, formRef, onSubmit } = useActionForm(missionLanguageAction);
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {stateId && <input type="hidden" name="stateId" value={stateId} />}
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
