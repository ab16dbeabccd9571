"use client";
import { useTranslations } from "next-intl";
import { submitGuestAnswerAction } from "@/lib/questionnaires/guest-actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { QuestionInput } from "./question-input";

type Question = { id: string; position: number; kind: string; text: string; choices: string[]; required: boolean };

/**
 * A person without an account answers a call (issue 17, item 3): name, e-mail and the answers. The
 * answer counts once the link mailed to that address is followed; the form says so on success.
 */
export function GuestAnswerForm({ questionnaireId, questions }: { questionnaireId: string; questions: Question[] }) {
  const t = useTranslations("guestAnswers");
  const tq = useTranslations("questionnaires");
  const { state, pending, formRef, onSubmit } = useActionForm(submitGuestAnswerAction);
  const values = state.values ?? {};
  const e = state.fieldErrors ?? {};
  if (state.ok) {
    return (
      <div
        role="status"
        className="space-y-2 rounded border border-green-300 bg-green-50 p-4 text-green-900"
        data-testid="guest-answer-sent"
      >
        <p>{state.message}</p>
        <p>{t("sentNext")}</p>
      </div>
    );
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} className="relative max-w-3xl space-y-5" noValidate>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="questionnaireId" value={questionnaireId} />
      <fieldset className="space-y-3 rounded border border-slate-300 p-4">
        <legend className="px-1 text-sm font-medium">{t("aboutYou")}</legend>
        <TextField
          label={t("name")}
          name="guestName"
          autoComplete="name"
          defaultValue={String(values.guestName ?? "")}
          error={e.guestName}
          required
        />
        <TextField
          label={t("email")}
          name="guestEmail"
          type="email"
          autoComplete="email"
          help={t("emailHelp")}
          defaultValue={String(values.guestEmail ?? "")}
          error={e.guestEmail}
          required
        />
      </fieldset>
      {questions.map((q) => (
        <QuestionInput key={q.id} q={q} value={values[`answer.${q.id}`]} error={e[`answer.${q.id}`]?.[0]} />
      ))}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="mayPublish" defaultChecked={values.mayPublish === "on"} className="mt-1 size-4" />
        <span>{tq("mayPublish")}</span>
      </label>
      <HoneypotField label={t("honeypot")} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("send")}
      </button>
    </form>
  );
}
