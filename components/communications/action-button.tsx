"use client";
import { useRef } from "react";
import type { ActionState } from "@/lib/server/action";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormMessage } from "@/components/ui/form-message";

/**
 * A one-button form for a server action (submit, approve, dispatch…), with optional confirmation in
 * a modal dialog and an optional comment field.
 */
export function ActionButton<T>({
  action,
  fields,
  label,
  confirm,
  confirmLabel,
  cancelLabel,
  comment,
  tone = "primary",
  disabled = false,
}: {
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  fields: Record<string, string>;
  label: string;
  confirm?: string;
  confirmLabel?: string;
  cancelLabel?: string;
  comment?: { label: string; required?: boolean };
  tone?: "primary" | "secondary" | "danger";
  /** Nothing to do (yet): the button shows but cannot be used; its last message stays. */
  disabled?: boolean;
}) {
  const { state, pending, formRef, onSubmit } = useActionForm(action);
  const dialog = useRef<HTMLDialogElement>(null);
  const cls = tone === "primary" ? "btn-primary" : tone === "danger" ? "btn-danger" : "btn-secondary";
  return (
    <form
      ref={formRef}
      onSubmit={(e) => {
        dialog.current?.close();
        onSubmit(e);
      }}
      className="space-y-2"
    >
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {comment && (
        <label className="block text-sm">
          <span className="font-medium">{comment.label}</span>
          <textarea
            name="comment"
            rows={3}
            className="mt-1 block w-full rounded border border-slate-400 px-2 py-1"
            aria-invalid={state.fieldErrors?.comment ? true : undefined}
          />
          {state.fieldErrors?.comment?.[0] && <span className="text-sm text-red-700">{state.fieldErrors.comment[0]}</span>}
        </label>
      )}
      {confirm ? (
        <>
          <button type="button" className={cls} disabled={pending || disabled} onClick={() => dialog.current?.showModal()}>
            {label}
          </button>
          <dialog ref={dialog} className="m-auto max-w-md rounded p-6 shadow-xl backdrop:bg-black/40">
            <p className="mb-4">{confirm}</p>
            <div className="flex gap-3">
              <button type="submit" className={cls}>
                {confirmLabel ?? label}
              </button>
              <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()}>
                {cancelLabel ?? "Cancel"}
              </button>
            </div>
          </dialog>
        </>
      ) : (
        <button type="submit" className={cls} disabled={pending || disabled}>
          {label}
        </button>
      )}
      <FormMessage
        tone={state.ok ? "success" : "error"}
        message={state.message && !state.ok ? [state.message, ...Object.values(state.fieldErrors ?? {}).flat()].join(" ") : state.message}
      />
    </form>
  );
}
