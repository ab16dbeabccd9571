"use client";
import { useTranslations } from "next-intl";
import { publishPressReleaseAction } from "@/lib/press-releases/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { FormMessage } from "@/components/ui/form-message";

/** R3: before the reply deadline, publishing asks for a justification, which is recorded. */
export function PublishForm({ pressReleaseId, askJustification }: { pressReleaseId: string; askJustification: boolean }) {
  const t = useTranslations("pressReleases");
  const { state, pending, formRef, onSubmit } = useActionForm(publishPressReleaseAction);
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-3" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="pressReleaseId" value={pressReleaseId} />
      {(askJustification || e.justification) && (
        <TextArea label={t("justification")} name="justification" help={t("justificationHelp")} error={e.justification} rows={4} />
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("publish")}
      </button>
    </form>
  );
}
