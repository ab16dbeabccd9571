"use client";
import { useTranslations } from "next-intl";
import { replyAction } from "@/lib/communications/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

const LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh"] as const;

export function ReplyForm({ communicationId }: { communicationId: string }) {
  const t = useTranslations("communications");
  const { state, pending, formRef, onSubmit } = useActionForm(replyAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate encType="multipart/form-data">
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="communicationId" value={communicationId} />
      <SelectField
        label={t("replyLanguage")}
        name="language"
        defaultValue="en"
        error={e.language}
        required
        options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
      />
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
