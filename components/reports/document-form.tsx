"use client";
import { useTranslations } from "next-intl";
import { addReportDocumentAction } from "@/lib/reports/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";
import { ACCEPT_ATTRIBUTE } from "@/lib/files/allowed-types";
import { LANGUAGE_NAMES, REPORT_LANGUAGES } from "@/lib/reports/constants";

/** R19: the report in one official language; a new document in a language replaces the one before. */
export function DocumentForm({ reportId }: { reportId: string }) {
  const t = useTranslations("reports");
  const { state, pending, formRef, onSubmit } = useActionForm(addReportDocumentAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  const language = state.ok ? undefined : state.values?.language;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="max-w-3xl space-y-4"
      noValidate
      encType="multipart/form-data"
      data-testid="document-form"
    >
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="reportId" value={reportId} />
      <SelectField
        key={JSON.stringify(language ?? "")}
        label={t("language")}
        name="language"
        required
        placeholder=""
        options={REPORT_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        error={e.language}
        defaultValue={(Array.isArray(language) ? language[0] : language) ?? ""}
      />
      <div className="space-y-1">
        <label htmlFor="report-document" className="block text-sm font-medium">
          {t("documentFile")}
        </label>
        <input
          id="report-document"
          name="file"
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          aria-describedby={e.file ? "report-document-help report-document-error" : "report-document-help"}
          aria-invalid={e.file ? true : undefined}
          className="block text-sm"
        />
        <p id="report-document-help" className="text-sm text-slate-600">
          {t("documentsHelp")}
        </p>
        {e.file?.[0] && (
          <p id="report-document-error" className="text-sm text-red-700">
            {e.file[0]}
          </p>
        )}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("uploadDocument")}
      </button>
    </form>
  );
}
