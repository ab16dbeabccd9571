"use client";
import { useTranslations } from "next-intl";
import { saveStatementAction } from "@/lib/committee/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { FormMessage } from "@/components/ui/form-message";

/** Drafting or editing a joint statement of the Committee (title and Markdown text). */
export function StatementForm({ initial }: { initial: { statementId: string; title: string; body: string } }) {
  const t = useTranslations("committeeStatements");
  const { state, pending, formRef, onSubmit } = useActionForm(saveStatementAction);
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {/* Empty for a new statement: saving it leads to its page (lib/committee/actions.ts). */}
      <input type="hidden" name="statementId" value={initial.statementId} />
      <TextField label={t("title")} name="title" defaultValue={initial.title} error={e.title} required />
      <TextArea label={t("body")} name="body" help={t("bodyHelp")} defaultValue={initial.body} error={e.body} rows={14} required />
      {initial.statementId && <p className="text-sm text-slate-700">{t("editWithdraws")}</p>}
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("saveDraft")}
      </button>
    </form>
  );
}
