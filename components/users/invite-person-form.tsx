"use client";
import type { ActionState } from "@/lib/server/action";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";

export type InvitePersonLabels = { name: string; email: string; submit: string; linkOnce: string };

/**
 * Invites a person to an account whose role and binding are the inviter's own (a mission's user, an
 * organisation's member): name and e-mail only. The invitation link is shown once (and mailed).
 */
export function InvitePersonForm<T extends { link: string }>({
  action,
  labels,
}: {
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  labels: InvitePersonLabels;
}) {
  const { state, pending, formRef, onSubmit } = useActionForm(action, { resetOnSuccess: true });
  const v = (k: string) => String(state.values?.[k] ?? "");
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid max-w-2xl gap-4 md:grid-cols-2" noValidate>
      <div className="space-y-2 md:col-span-2">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
        {state.ok && state.data?.link && (
          <p className="text-sm">
            {labels.linkOnce}{" "}
            <code data-testid="invitation-link" className="break-all">
              {state.data.link}
            </code>
          </p>
        )}
      </div>
      <TextField label={labels.name} name="name" defaultValue={v("name")} error={e.name} required />
      <TextField label={labels.email} name="email" type="email" defaultValue={v("email")} error={e.email} required />
      <div className="md:col-span-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {labels.submit}
        </button>
      </div>
    </form>
  );
}
