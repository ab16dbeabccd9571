"use client";
import { useTranslations } from "next-intl";
import { handleAdvisoryCaseAction } from "@/lib/advisory/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

/** The Coordination Committee or the secretariat records status, recommendation and outcome (R15). */
export function HandlingForm({
  caseId,
  initial,
}: {
  caseId: string;
  initial: { status: string; recommendation: string; outcome: string };
}) {
  const t = useTranslations("advisory");
  const { state, pending, formRef, onSubmit } = useActionForm(handleAdvisoryCaseAction);
  const e = state.fieldErrors ?? {};
  const v = (k: keyof typeof initial) => (!state.ok && typeof state.values?.[k] === "string" ? (state.values[k] as string) : initial[k]);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="caseId" value={caseId} />
      <SelectField
        label={t("status")}
        name="status"
        defaultValue={v("status")}
        error={e.status}
        options={(["OPEN", "UNDER_CONSIDERATION", "CLOSED"] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      />
      <TextArea label={t("recommendation")} name="recommendation" defaultValue={v("recommendation")} error={e.recommendation} rows={5} />
      <TextArea label={t("outcome")} name="outcome" help={t("outcomeHelp")} defaultValue={v("outcome")} error={e.outcome} rows={4} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
