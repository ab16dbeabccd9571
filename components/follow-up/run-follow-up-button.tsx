"use client";
import { useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/server/action";
import type { FollowUpRunCounts } from "@/lib/follow-up/run-follow-up";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormMessage } from "@/components/ui/form-message";

/** "Send due reminders and follow-ups now" (R16), behind a confirmation, then what was queued. */
export function RunFollowUpButton({
  action,
}: {
  action: (prev: ActionState<FollowUpRunCounts>, formData: FormData) => Promise<ActionState<FollowUpRunCounts>>;
}) {
  const t = useTranslations("followUp");
  const { state, pending, formRef, onSubmit } = useActionForm(action);
  const dialog = useRef<HTMLDialogElement>(null);
  const counts = state.ok ? state.data : undefined;
  const message = counts
    ? [
        counts.reminders + counts.followUps === 0
          ? t("nothingDue")
          : t("result", { reminders: counts.reminders, followUps: counts.followUps }),
        counts.failed > 0 ? t("failed", { count: counts.failed }) : null,
      ]
        .filter(Boolean)
        .join(" ")
    : state.message;
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        dialog.current?.close();
        onSubmit(e);
      }}
      className="space-y-2"
    >
      <button type="button" className="btn-primary" disabled={pending} onClick={() => dialog.current?.showModal()}>
        {t("run")}
      </button>
      <dialog ref={dialog} className="m-auto max-w-md rounded p-6 shadow-xl backdrop:bg-black/40">
        <p className="mb-4">{t("confirmRun")}</p>
        <div className="flex gap-3">
          <button type="submit" className="btn-primary">
            {t("run")}
          </button>
          <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
        </div>
      </dialog>
      <FormMessage tone={state.ok && !counts?.failed ? "success" : "error"} message={message} />
    </form>
  );
}
