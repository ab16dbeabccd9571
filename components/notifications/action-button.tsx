"use client";
import type { ActionState } from "@/lib/server/action";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormMessage } from "@/components/ui/form-message";

/** A one-button form (mark as read, mark all as read, send the digests now); the result is said beside it. */
export function ActionButton<T>({
  fields = {},
  label,
  accessibleName,
  done,
  testId,
  secondary = true,
  action,
}: {
  fields?: Record<string, string>;
  /** Translated on the server: the button, its accessible name when it must say more, the confirmation. */
  label: string;
  accessibleName?: string;
  done: string;
  testId?: string;
  secondary?: boolean;
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
}) {
  const { state, pending, formRef, onSubmit } = useActionForm(action, { confirmation: () => done });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className={secondary ? "btn-secondary" : "btn-primary"}
        disabled={pending}
        aria-label={accessibleName}
        data-testid={testId}
      >
        {label}
      </button>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.ok ? done : state.message} />
    </form>
  );
}
