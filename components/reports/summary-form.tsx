"use client";
import { useTranslations } from "next-intl";
import { saveSummaryAction } from "@/lib/reports/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { FormMessage } from "@/components/ui/form-message";

/** R19: the one-page summary, kept internal until the holder or the secretariat makes it public. */
export function SummaryForm({ reportId, summary, isPublic }: { reportId: string; summary: string; isPublic: boolean }) {
  const t = useTranslations("reports");
  const { state, pending, formRef, onSubmit } = useActionForm(saveSummaryAction);
  const sent = state.ok ? undefined : state.values;
  const text = sent?.summary;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate data-testid="summary-form">
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="reportId" value={reportId} />
      <div key={JSON.stringify(sent ?? {})} className="space-y-4">
        <TextArea
          label={t("summaryLabel")}
          name="summary"
          help={t("summaryHelp")}
          rows={12}
          maxLength={5000}
          required
          error={state.fieldErrors?.summary}
          defaultValue={(Array.isArray(text) ? text[0] : text) ?? summary}
        />
        {!isPublic && (
          <div className="flex items-start gap-2">
            <input
              id="publish-summary"
              type="checkbox"
              name="publish"
              value="true"
              defaultChecked={sent?.publish === "true"}
              className="mt-1 size-4"
            />
            <label htmlFor="publish-summary" className="text-sm">
              {t("publishSummary")}
            </label>
          </div>
        )}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("saveSummary")}
      </button>
    </form>
  );
}
