"use client";
import { useTranslations } from "next-intl";
import { changeOwnPasswordAction } from "@/lib/users/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { FormMessage } from "@/components/ui/form-message";

/** Passwords are never sent back to the form (lib/core/form.ts drops them from the echoed values). */
export function ChangePasswordForm() {
  const t = useTranslations("users");
  const { state, pending, formRef, onSubmit } = useActionForm(changeOwnPasswordAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-md space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <TextField
        label={t("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={e.currentPassword}
        required
      />
      <NewPasswordFields
        labels={{ password: t("newPassword"), help: t("newPasswordHelp"), confirm: t("confirmPassword") }}
        errors={{ password: e.newPassword, confirm: e.confirmPassword }}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("changePassword")}
      </button>
    </form>
  );
}
