"use client";
import { useTranslations } from "next-intl";
import { addMissionUserAction } from "@/lib/users/access-actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";

/** A mission administrator adds a user: name and email only (the role and State are its own mission's). */
export function AddMissionUserForm() {
  const t = useTranslations("missionUsers");
  const { state, pending, formRef, onSubmit } = useActionForm(addMissionUserAction, { resetOnSuccess: true });
  const v = (k: string) => String(state.values?.[k] ?? "");
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid max-w-2xl gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2 space-y-2">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
        {state.ok && state.data?.link && (
          <p className="text-sm">
            {t("linkOnce")}{" "}
            <code data-testid="invitation-link" className="break-all">
              {state.data.link}
            </code>
          </p>
        )}
      </div>
      <TextField label={t("name")} name="name" defaultValue={v("name")} error={e.name} required />
      <TextField label={t("email")} name="email" type="email" defaultValue={v("email")} error={e.email} required />
      <div className="md:col-span-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
