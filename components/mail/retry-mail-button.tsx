"use client";
import type { ActionState } from "@/lib/server/action";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormMessage } from "@/components/ui/form-message";

/** "Send again" on one mail that could not be delivered; audited on the server (lib/mail/retry-mail.ts). */
export function RetryMailButton({
  id,
  labels,
  action,
}: {
  id: string;
  /** Translated on the server (the outbox's catalog stays there): the button, its accessible name, the result. */
  labels: { retry: string; label: string; retried: string };
  action: (
    prev: ActionState<{ id: string; status: "HELD" | "PENDING" }>,
    formData: FormData,
  ) => Promise<ActionState<{ id: string; status: "HELD" | "PENDING" }>>;
}) {
  const { state, pending, formRef, onSubmit } = useActionForm(action, { confirmation: () => labels.retried });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="mt-2 space-y-1">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="btn-secondary" disabled={pending || state.ok} aria-label={labels.label} data-testid="outbox-retry">
        {labels.retry}
      </button>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.ok ? labels.retried : state.message} />
    </form>
  );
}
