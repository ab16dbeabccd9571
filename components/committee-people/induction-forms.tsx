"use client";
import { useTranslations } from "next-intl";
import { addInductionMaterialAction, createInductionSessionAction } from "@/lib/committee-people/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

/** The secretariat adds a session to the induction programme (its outline is public). */
export function InductionSessionForm() {
  const t = useTranslations("committeePeople");
  const { state, pending, formRef, onSubmit } = useActionForm(createInductionSessionAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <TextField label={t("title")} name="title" error={e.title} required />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("startsOn")} name="startsOn" type="date" error={e.startsOn} required />
        <TextField label={t("endsOn")} name="endsOn" type="date" help={t("endsOnHelp")} error={e.endsOn} />
        <TextField label={t("location")} name="location" defaultValue="Palais des Nations, Geneva" error={e.location} required />
      </div>
      <TextArea label={t("outline")} name="outline" rows={4} error={e.outline} required />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("createSession")}
      </button>
    </form>
  );
}

/** The secretariat adds a material (a link) to a session: for holders only. */
export function InductionMaterialForm({ sessions }: { sessions: { value: string; label: string }[] }) {
  const t = useTranslations("committeePeople");
  const { state, pending, formRef, onSubmit } = useActionForm(addInductionMaterialAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <SelectField label={t("session")} name="sessionId" options={sessions} placeholder={t("choose")} error={e.sessionId} required />
      <TextField label={t("materialTitle")} name="title" error={e.title} required />
      <TextField label={t("url")} name="url" type="url" help={t("urlHelp")} error={e.url} required />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("addMaterial")}
      </button>
    </form>
  );
}
