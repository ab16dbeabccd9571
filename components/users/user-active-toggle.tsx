"use client";
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { setUserActiveAction } from "@/lib/users/actions";
import { useActionForm } from "@/components/ui/use-action-form";

/** Deactivation asks for confirmation in a modal dialog; reactivation does not. */
export function UserActiveToggle({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const t = useTranslations("users");
  const dialog = useRef<HTMLDialogElement>(null);
  // Submitted by script like every action form (use-action-form.ts): a server action given to a form's
  // `action` is rendered as action="", which is not valid HTML.
  const { state, pending, formRef, onSubmit } = useActionForm(setUserActiveAction);
  const form = (
    <form
      ref={formRef}
      onSubmit={(e) => {
        dialog.current?.close();
        onSubmit(e);
      }}
    >
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <button type="submit" className={active ? "btn-danger" : "btn-secondary"} disabled={pending}>
        {active ? t("confirm") : t("reactivate")}
      </button>
    </form>
  );
  return (
    <div>
      {active ? (
        <>
          <button type="button" className="btn-secondary" onClick={() => dialog.current?.showModal()}>
            {t("deactivate")}
          </button>
          <dialog ref={dialog} aria-labelledby={`confirm-${userId}`} className="m-auto rounded p-6 shadow-xl backdrop:bg-black/40">
            <p id={`confirm-${userId}`} className="mb-4">
              {t("confirmDeactivate", { name })}
            </p>
            <div className="flex gap-3">
              {form}
              <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()}>
                {t("cancel")}
              </button>
            </div>
          </dialog>
        </>
      ) : (
        form
      )}
      {!state.ok && state.message && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {state.message}
        </p>
      )}
    </div>
  );
}
