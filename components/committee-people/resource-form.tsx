"use client";
import { useTranslations } from "next-intl";
import { declareExternalResourceAction, updateExternalResourceAction } from "@/lib/committee-people/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

/** A declaration's values as the form shows them. */
export type ExternalResourceValues = {
  id: string;
  mandateId: string;
  year: number;
  source: string;
  amountUsd: number | null;
  inKind: string | null;
  purpose: string;
};

/**
 * A holder (for its own mandates) or the secretariat (any mandate) declares external resources (CC2);
 * given `resource`, the secretariat corrects that declaration, the form prefilled.
 */
export function ExternalResourceForm({
  mandates,
  defaultYear,
  resource,
}: {
  mandates: { value: string; label: string }[];
  defaultYear: number;
  resource?: ExternalResourceValues;
}) {
  const t = useTranslations("committeePeople");
  const { state, pending, formRef, onSubmit } = useActionForm(resource ? updateExternalResourceAction : declareExternalResourceAction, {
    resetOnSuccess: !resource,
  });
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {resource && <input type="hidden" name="id" value={resource.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("mandate")}
          name="mandateId"
          options={mandates}
          {...(resource
            ? { defaultValue: resource.mandateId }
            : mandates.length === 1
              ? { defaultValue: mandates[0]!.value }
              : { placeholder: t("choose") })}
          error={e.mandateId}
          required
        />
        <TextField
          label={t("year")}
          name="year"
          type="number"
          inputMode="numeric"
          defaultValue={String(resource?.year ?? defaultYear)}
          error={e.year}
          required
        />
      </div>
      <TextField label={t("source")} name="source" defaultValue={resource?.source} error={e.source} required />
      <p className="text-sm text-slate-700">{t("declareHelp")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("amount")}
          name="amountUsd"
          inputMode="numeric"
          defaultValue={resource?.amountUsd === null || !resource ? undefined : String(resource.amountUsd)}
          error={e.amountUsd}
        />
        <TextField label={t("inKind")} name="inKind" defaultValue={resource?.inKind ?? undefined} error={e.inKind} />
      </div>
      <TextArea label={t("purpose")} name="purpose" rows={3} defaultValue={resource?.purpose} error={e.purpose} required />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t(resource ? "saveDeclaration" : "declare")}
      </button>
    </form>
  );
}
