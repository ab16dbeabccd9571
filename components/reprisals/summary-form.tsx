"use client";
import { useTranslations } from "next-intl";
import { savePublicSummaryAction } from "@/lib/reprisals/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { FormMessage } from "@/components/ui/form-message";

/** R8: the public summary is written here and cleared separately; editing a cleared one withdraws its clearance. */
export function SummaryForm({ caseId, summary, cleared }: { caseId: string; summary: string; cleared: boolean }) {
  const t = useTranslations("reprisals");
  const { state, pending, formRef, onSubmit } = useActionForm(savePublicSummaryAction);
  const e = state.fieldErrors ?? {};
  const typed = state.values?.publicSummary;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-3" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="caseId" value={caseId} />
      <TextArea
        label={t("publicSummary")}
        name="publicSummary"
        help={cleared ? t("summaryEditWithdraws") : t("summaryHelp")}
        defaultValue={typeof typed === "string" ? typed : summary}
        error={e.publicSummary}
        rows={5}
        required
      />
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t("saveSummary")}
      </button>
    </form>
  );
}
