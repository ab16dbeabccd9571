"use client";
import { useRef } from "react";
import type { ActionState } from "@/lib/server/action";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * A button that posts hidden fields to a server action, asking first in a modal dialog when
 * `confirmText` is given. The outcome is announced beside it.
 */
export function ConfirmedAction<T>({
  action,
  fields,
  label,
  confirmText,
  confirmLabel,
  cancelLabel,
  danger = false,
  id,
}: {
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  fields: Record<string, string>;
  label: string;
  confirmText?: string;
  confirmLabel?: string;
  cancelLabel?: string;
  danger?: boolean;
  id: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { state, pending, formRef, onSubmit } = useActionForm(action);
  const form = (
    <form
      ref={formRef}
      onSubmit={(e) => {
        dialog.current?.close();
        onSubmit(e);
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={danger ? "btn-danger" : "btn-secondary"} disabled={pending}>
        {confirmText ? confirmLabel : label}
      </button>
    </form>
  );
  return (
    <div>
      {confirmText ? (
        <>
          <button type="button" className="btn-secondary" onClick={() => dialog.current?.showModal()}>
            {label}
          </button>
          <dialog ref={dialog} aria-labelledby={`confirm-${id}`} className="m-auto rounded p-6 shadow-xl backdrop:bg-black/40">
            <p id={`confirm-${id}`} className="mb-4">
              {confirmText}
            </p>
            <div className="flex gap-3">
              {form}
              <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()}>
                {cancelLabel}
              </button>
            </div>
          </dialog>
        </>
      ) : (
        form
      )}
      {state.message && (
        <p role={state.ok ? "status" : "alert"} className={`mt-1 text-sm ${state.ok ? "text-green-800" : "text-red-700"}`}>
          {state.message}
        </p>
      )}
    </div>
  );
}
