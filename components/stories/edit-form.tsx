"use client";
import { useTranslations } from "next-intl";
import { editStoryAction } from "@/lib/stories/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormMessage } from "@/components/ui/form-message";
import { StoryFields, typedValues, type StoryChoices, type StoryValues } from "./story-fields";

/** The moderator edits a story before publishing it (R13). */
export function EditStoryForm({ storyId, initial, choices }: { storyId: string; initial: StoryValues; choices: StoryChoices }) {
  const t = useTranslations("stories");
  const { state, pending, formRef, onSubmit } = useActionForm(editStoryAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="storyId" value={storyId} />
      <StoryFields values={typedValues(initial, state.ok ? undefined : state.values)} errors={state.fieldErrors ?? {}} choices={choices} />
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t("saveEdits")}
      </button>
    </form>
  );
}
