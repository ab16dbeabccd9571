"use client";
import { useTranslations } from "next-intl";
import { replyAction } from "@/lib/communications/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";

/** Must equal OTHER_LANGUAGE in lib/communications/schemas.ts (not imported: it would bring zod here). */
const OTHER = "other";

/**
 * The addressee's reply, in any language (R5): one of the ISO 639-1 languages, named in the reader's
 * language (computed on the server, lib/i18n/languages.ts), or any other by its ISO 639-3 code.
 * `publication` says when the reply becomes public under the letter's rule.
 */
export function ReplyForm({
  communicationId,
  languages,
  publication,
}: {
  communicationId: string;
  languages: { value: string; label: string }[];
  publication: string;
}) {
  const t = useTranslations("communications");
  const { state, pending, formRef, onSubmit } = useActionForm(replyAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate encType="multipart/form-data">
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="communicationId" value={communicationId} />
      <p className="text-sm text-slate-700" data-testid="reply-publication">
        {publication} {t("replyTranslationNote")}
      </p>
      <SelectField
        label={t("replyLanguage")}
        name="language"
        defaultValue="en"
        error={e.language}
        required
        options={[...languages, { value: OTHER, label: t("replyLanguageOther") }]}
      />
      <TextField label={t("otherLanguage")} name="otherLanguage" help={t("otherLanguageHelp")} error={e.otherLanguage} maxLength={16} />
      <TextArea label={t("replyText")} name="body" rows={10} error={e.body} required />
      <div className="space-y-1">
        <label htmlFor="annexes" className="block text-sm font-medium">
          {t("annexes")}
        </label>
        <input
          id="annexes"
          name="annexes"
          type="file"
          multiple
          accept=".pdf,.docx,.odt,.png,.jpg,.jpeg"
          aria-describedby="annexes-help"
          aria-invalid={e.file ? true : undefined}
          className="block text-sm"
        />
        <p id="annexes-help" className="text-sm text-slate-600">
          {t("annexesHelp")}
        </p>
        {e.file?.[0] && (
          <p className="text-sm text-red-700" role="alert">
            {e.file[0]}
          </p>
        )}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("sendReply")}
      </button>
    </form>
  );
}
