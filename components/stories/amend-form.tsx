"use client";
import { useTranslations } from "next-intl";
import { amendStoryAction } from "@/lib/stories/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { FormMessage } from "@/components/ui/form-message";

/** The submitter answers a request for more information: signed in (storyId) or with its status token. */
export function AmendStoryForm({
  storyId,
  token,
  whatChanged,
  evidenceLinks,
}: {
  storyId?: string;
  token?: string;
  whatChanged: string;
  evidenceLinks: string;
}) {
  const t = useTranslations("stories");
  const { state, pending, formRef, onSubmit } = useActionForm(amendStoryAction);
  const e = state.fieldErrors ?? {};
  const typed = (k: string, fallback: string) => (typeof state.values?.[k] === "string" ? (state.values[k] as string) : fallback);
  if (state.ok) return <FormMessage tone="success" message={state.message} />;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormMessage tone="error" message={state.message} />
      {storyId && <input type="hidden" name="storyId" value={storyId} />}
      {token && <input type="hidden" name="token" value={token} />}
      <TextArea
        label={t("whatChanged")}
        name="whatChanged"
        defaultValue={typed("whatChanged", whatChanged)}
        error={e.whatChanged}
        rows={5}
        required
      />
      <TextArea
        label={t("evidenceLinks")}
        name="evidenceLinks"
        help={t("evidenceLinksHelp")}
        defaultValue={typed("evidenceLinks", evidenceLinks)}
        error={e.evidenceLinks}
        rows={3}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("sendAmendment")}
      </button>
    </form>
  );
}
