"use client";
import { useTranslations } from "next-intl";
import { focalPointAction } from "@/lib/communications/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";

export function FocalPointForm({ initial }: { initial: { name: string; email: string; phone: string } }) {
  const t = useTranslations("communications");
  const { state, pending, formRef, onSubmit } = useActionForm(focalPointAction);
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <TextField label={t("focalName")} name="name" defaultValue={initial.name} error={e.name} required />
      <TextField label={t("focalEmail")} name="email" type="email" defaultValue={initial.email} error={e.email} required />
      <TextField label={t("focalPhone")} name="phone" type="tel" defaultValue={initial.phone} error={e.phone} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("focalSave")}
      </button>
    </form>
  );
}
