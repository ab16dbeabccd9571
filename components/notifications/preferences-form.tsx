"use client";
import type { ActionState } from "@/lib/server/action";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormMessage } from "@/components/ui/form-message";

type Choice = "IMMEDIATE" | "DIGEST";

/** Immediate mail or daily digest, one radio group per kind; saved (and audited) on the server. */
export function PreferencesForm<T>({
  kinds,
  labels,
  action,
}: {
  kinds: { kind: string; label: string; delivery: Choice }[];
  labels: { immediate: string; digest: string; save: string; saved: string };
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
}) {
  const { state, pending, formRef, onSubmit } = useActionForm(action, { confirmation: () => labels.saved });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" data-testid="notification-preferences">
      {kinds.map((k) => (
        <fieldset key={k.kind} className="rounded border border-slate-200 p-3">
          <legend className="px-1 font-medium">{k.label}</legend>
          <div className="flex flex-wrap gap-4">
            {(["IMMEDIATE", "DIGEST"] as const).map((choice) => (
              <label key={choice} className="flex items-center gap-2">
                <input type="radio" name={k.kind} value={choice} defaultChecked={k.delivery === choice} className="size-4" />
                {choice === "IMMEDIATE" ? labels.immediate : labels.digest}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" className="btn-primary" disabled={pending}>
        {labels.save}
      </button>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.ok ? labels.saved : state.message} />
    </form>
  );
}
