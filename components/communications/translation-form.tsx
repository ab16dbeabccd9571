"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { translationAction } from "@/lib/communications/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

/**
 * The secretariat attaches its translation of one reply (R5): a text, a file, or both. The reply then
 * loses its "translation pending" mark wherever it is shown.
 */
export function TranslationForm({
  replyId,
  languages,
  replacing,
}: {
  replyId: string;
  languages: { value: string; label: string }[];
  replacing: boolean;
}) {
  const t = useTranslations("communications");
  const { state, pending, formRef, onSubmit } = useActionForm(translationAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  const fileId = useId();
  return (
    <details className="rounded border border-slate-300 p-3" data-testid="translation-form">
      <summary className="cursor-pointer font-medium">{replacing ? t("replaceTranslation") : t("attachTranslation")}</summary>
      <form ref={formRef} onSubmit={onSubmit} className="mt-3 space-y-4" noValidate encType="multipart/form-data">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
        <input type="hidden" name="replyId" value={replyId} />
        <SelectField
          label={t("translationLanguage")}
          name="translationLanguage"
          defaultValue="en"
          error={e.translationLanguage}
          required
          options={languages}
        />
        <TextArea label={t("translationText")} name="translation" rows={8} error={e.translation} />
        <div className="space-y-1">
          <label htmlFor={fileId} className="block text-sm font-medium">
            {t("translationFile")}
          </label>
          <input
            id={fileId}
            name="translationFile"
            type="file"
            accept=".pdf,.docx,.odt"
            aria-describedby={`${fileId}-help`}
            aria-invalid={e.translationFile || e.file ? true : undefined}
            className="block text-sm"
          />
          <p id={`${fileId}-help`} className="text-sm text-slate-600">
            {t("translationFileHelp")}
          </p>
          {(e.translationFile ?? e.file)?.[0] && (
            <p className="text-sm text-red-700" role="alert">
              {(e.translationFile ?? e.file)![0]}
            </p>
          )}
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("saveTranslation")}
        </button>
      </form>
    </details>
  );
}
