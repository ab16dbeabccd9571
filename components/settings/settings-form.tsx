"use client";
import { useTranslations } from "next-intl";
import { updateSettingsAction } from "@/lib/settings/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Settings } from "@/lib/platform/settings-defaults";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import { Checkbox } from "@/components/ui/checkbox";

const FIELDS = [
  ["communications.replyPeriodDays", "replyPeriodDays", "replyPeriodHelp"],
  ["communications.nonCooperationThreshold", "nonCooperationThreshold", null],
  ["concern.mandateThreshold", "concernMandateThreshold", "concernHelp"],
  ["concern.windowMonths", "concernWindowMonths", null],
  ["pressRelease.leadTimeHours", "pressReleaseLeadHours", null],
  ["questionnaires.minWindowWeeks", "questionnaireMinWeeks", null],
  ["questionnaires.maxQuestions", "questionnaireMaxQuestions", null],
  ["sessions.privilegedIdleMinutes", "privilegedIdleMinutes", null],
] as const;

export function SettingsForm({ settings }: { settings: Settings }) {
  const t = useTranslations("settings");
  const { state, pending, formRef, onSubmit } = useActionForm(updateSettingsAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {FIELDS.map(([key, label, help]) => (
        <TextField
          key={key}
          name={key}
          label={t(label)}
          help={help ? t(help) : undefined}
          type="number"
          inputMode="numeric"
          defaultValue={String(state.values?.[key] ?? settings[key])}
          error={state.fieldErrors?.[key]}
          required
        />
      ))}
      <Checkbox
        name="communications.publishRepliesOnReceipt"
        label={t("publishRepliesOnReceipt")}
        help={t("publishRepliesOnReceiptHelp")}
        defaultChecked={
          state.values
            ? state.values["communications.publishRepliesOnReceipt"] === "on"
            : settings["communications.publishRepliesOnReceipt"]
        }
      />
      <Checkbox
        name="auth.stateSecondFactorRequired"
        label={t("stateSecondFactorRequired")}
        defaultChecked={state.values ? state.values["auth.stateSecondFactorRequired"] === "on" : settings["auth.stateSecondFactorRequired"]}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
