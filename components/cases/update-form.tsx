"use client";
import { useTranslations } from "next-intl";
import { addCaseUpdateAction } from "@/lib/cases/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

/** The source adds news and documents to its submission, or answers the secretariat's open question. */
export function CaseUpdateForm({
  token,
  openQuestions,
  maxFiles,
}: {
  token: string;
  openQuestions: { id: string; label: string }[];
  maxFiles: number;
}) {
  const t = useTranslations("cases");
  const { state, pending, formRef, onSubmit } = useActionForm(addCaseUpdateAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  const typed = (k: string) => (!state.ok && typeof state.values?.[k] === "string" ? (state.values[k] as string) : "");
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-3" noValidate encType="multipart/form-data">
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="token" value={token} />
      {openQuestions.length > 0 && (
        <SelectField
          label={t("answersQuestion")}
          name="questionId"
          defaultValue={typed("questionId") || openQuestions[openQuestions.length - 1]!.id}
          placeholder={t("noQuestion")}
          options={openQuestions.map((q) => ({ value: q.id, label: q.label }))}
          error={e.questionId}
        />
      )}
      <TextArea label={t("updateText")} name="text" help={t("updateHelp")} defaultValue={typed("text")} error={e.text} rows={5} required />
      <div className="space-y-1">
        <label htmlFor="update-documents" className="block text-sm font-medium">
          {t("documents")}
        </label>
        <input
          id="update-documents"
          name="documents"
          type="file"
          multiple
          aria-describedby="update-documents-help"
          className="block text-sm"
        />
        <p id="update-documents-help" className="text-sm text-slate-600">
          {t("documentsHelp", { max: maxFiles })}
        </p>
        {(e.documents ?? e.file)?.[0] && <p className="text-sm text-red-700">{(e.documents ?? e.file)![0]}</p>}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("sendUpdate")}
      </button>
    </form>
  );
}
