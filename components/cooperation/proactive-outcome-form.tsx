"use client";
import { useTranslations } from "next-intl";
import { setProactiveOutcomeAction } from "@/lib/cooperation/actions";
import { PROACTIVE_OUTCOMES } from "@/lib/cooperation/outcomes";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";

/** R21: the outcome of one proactive request, recorded when it comes. */
export function ProactiveOutcomeForm({ requestId, today }: { requestId: string; today: string }) {
  const t = useTranslations("cooperation");
  const { state, pending, formRef, onSubmit } = useActionForm(setProactiveOutcomeAction);
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-2" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="requestId" value={requestId} />
      <SelectField
        label={t("outcome")}
        name="outcome"
        options={PROACTIVE_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        placeholder={t("choose")}
        error={e.outcome}
        required
      />
      <TextField label={t("outcomeOn")} name="outcomeOn" type="date" max={today} error={e.outcomeOn} required />
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t("saveOutcome")}
      </button>
    </form>
  );
}
