"use client";
import { useTranslations } from "next-intl";
import { declareExternalResourceAction } from "@/lib/committee-people/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

/** A holder (for its own mandates) or the secretariat (any mandate) declares external resources (CC2). */
export function ExternalResourceForm({ mandates, defaultYear }: { mandates: { value: string; label: string }[]; defaultYear: number }) {
  const t = useTranslations("committeePeople");
  const { state, pending, formRef, onSubmit } = useActionForm(declareExternalResourceAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("mandate")}
          name="mandateId"
          options={mandates}
          {...(mandates.length === 1 ? { defaultValue: mandates[0]!.value } : { placeholder: t("choose") })}
          error={e.mandateId}
          required
        />
        <TextField
          label={t("year")}
          name="year"
          type="number"
          inputMode="numeric"
          defaultValue={String(defaultYear)}
          error={e.year}
          required
        />
      </div>
      <TextField label={t("source")} name="source" error={e.source} required />
      <p className="text-sm text-slate-700">{t("declareHelp")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("amount")} name="amountUsd" inputMode="numeric" error={e.amountUsd} />
        <TextField label={t("inKind")} name="inKind" error={e.inKind} />
      </div>
      <TextArea label={t("purpose")} name="purpose" rows={3} error={e.purpose} required />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("declare")}
      </button>
    </form>
  );
}
