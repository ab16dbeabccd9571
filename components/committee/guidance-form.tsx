"use client";
import { useTranslations } from "next-intl";
import { saveGuidanceAction } from "@/lib/guidance/actions";
import { GUIDANCE_TOPICS } from "@/lib/guidance/topics";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

export type GuidanceValues = { documentId: string; expectedVersion: string; topic: string; title: string; body: string };

/** New guidance, or a new version of a document: its text starts from the latest version. */
export function GuidanceForm({ initial }: { initial: GuidanceValues }) {
  const t = useTranslations("guidance");
  const { state, pending, formRef, onSubmit } = useActionForm(saveGuidanceAction);
  const e = state.fieldErrors ?? {};
  const editing = initial.documentId !== "";
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="documentId" value={initial.documentId} />
      <input type="hidden" name="expectedVersion" value={initial.expectedVersion} />
      <SelectField
        label={t("topic")}
        name="topic"
        defaultValue={initial.topic}
        options={GUIDANCE_TOPICS.map((v) => ({ value: v, label: t(`topics.${v}`) }))}
        error={e.topic}
        required
      />
      <TextField label={t("title")} name="title" defaultValue={initial.title} error={e.title} required />
      <TextArea label={t("body")} name="body" help={t("bodyHelp")} defaultValue={initial.body} error={e.body} rows={16} required />
      {editing && (
        <TextField label={t("changeSummary")} name="changeSummary" help={t("changeSummaryHelp")} error={e.changeSummary} required />
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {editing ? t("saveVersion") : t("create")}
      </button>
    </form>
  );
}
