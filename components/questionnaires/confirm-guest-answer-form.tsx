"use client";
import { useTranslations } from "next-intl";
import { confirmGuestAnswerAction } from "@/lib/questionnaires/guest-actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormMessage } from "@/components/ui/form-message";

/**
 * A guest confirms its answer with one button (opening the link alone does nothing: mail scanners open
 * links). `intro` is null when the link does not (or no longer) work. The success message stays after
 * the action's refresh, which re-renders the page with the link used.
 */
export function ConfirmGuestAnswerForm({ token, intro }: { token: string; intro: string | null }) {
  const t = useTranslations("guestAnswers");
  const { state, pending, formRef, onSubmit } = useActionForm(confirmGuestAnswerAction);
  if (state.ok && state.data) {
    return (
      <div
        role="status"
        className="space-y-2 rounded border border-green-300 bg-green-50 p-4 text-green-900"
        data-testid="guest-answer-confirmed"
      >
        <p>{state.message}</p>
        <p>{t("receipt", { receipt: state.data.receipt })}</p>
      </div>
    );
  }
  if (intro === null) return <p role="alert">{t("invalid")}</p>;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" noValidate>
      <p className="text-slate-700">{intro}</p>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("confirmButton")}
      </button>
    </form>
  );
}
