"use client";
import { useTranslations } from "next-intl";
import { recordProactiveRequestAction } from "@/lib/cooperation/actions";
import { PROACTIVE_OUTCOMES } from "@/lib/cooperation/outcomes";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { FormMessage } from "@/components/ui/form-message";
import { FieldFrame, useFieldAria } from "@/components/ui/field-frame";

type Option = { value: string; label: string };

/** R21: the secretariat records information it requested proactively from a State. */
export function ProactiveRequestForm({ states, mandates, today }: { states: Option[]; mandates: Option[]; today: string }) {
  const t = useTranslations("cooperation");
  const { state, pending, formRef, onSubmit } = useActionForm(recordProactiveRequestAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  const mandateAria = useFieldAria({ help: t("mandatesHelp"), error: e.mandateIds });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-2xl space-y-4" noValidate data-testid="proactive-request-form">
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <SelectField label={t("state")} name="stateId" options={states} placeholder={t("choose")} error={e.stateId} required />
      <FieldFrame id={mandateAria.id} label={t("mandates")} help={t("mandatesHelp")} message={mandateAria.message} required>
        <select
          name="mandateIds"
          multiple
          size={6}
          aria-required
          {...mandateAria.control}
          className="block w-full rounded border border-slate-400 bg-white px-2 py-1"
        >
          {mandates.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </FieldFrame>
      <TextField label={t("requestedOn")} name="requestedOn" type="date" max={today} error={e.requestedOn} required />
      <TextArea label={t("subject")} name="subject" rows={3} error={e.subject} required />
      <SelectField
        label={t("outcome")}
        help={t("outcomeHelp")}
        name="outcome"
        options={[{ value: "", label: t("outcomes.PENDING") }, ...PROACTIVE_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))]}
        error={e.outcome}
      />
      <TextField label={t("outcomeOn")} name="outcomeOn" type="date" max={today} error={e.outcomeOn} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("record")}
      </button>
    </form>
  );
}
