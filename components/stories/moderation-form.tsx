"use client";
import { useTranslations } from "next-intl";
import { moderateStoryAction } from "@/lib/stories/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { FormMessage } from "@/components/ui/form-message";

/** R13: publish, ask the submitter for more, or reject with a reason. */
export function ModerationForm({ storyId, decisions }: { storyId: string; decisions: ("publish" | "request-information" | "reject")[] }) {
  const t = useTranslations("stories");
  const { state, pending, formRef, onSubmit } = useActionForm(moderateStoryAction);
  const e = state.fieldErrors ?? {};
  const typed = state.values?.decision;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-3" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="storyId" value={storyId} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t("decision")}</legend>
        {decisions.map((d, i) => (
          <label key={d} className="flex items-center gap-2 text-sm">
            <input type="radio" name="decision" value={d} defaultChecked={typed ? typed === d : i === 0} className="size-4" />
            {t(`decisions.${d}`)}
          </label>
        ))}
      </fieldset>
      <TextArea
        label={t("moderationNote")}
        name="note"
        help={t("moderationNoteHelp")}
        defaultValue={typeof state.values?.note === "string" ? state.values.note : ""}
        error={e.note}
        rows={3}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("applyDecision")}
      </button>
    </form>
  );
}
