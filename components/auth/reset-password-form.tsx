"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { resetPasswordAction } from "@/lib/users/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";

/**
 * A new password through a reset link (lib/users/reset-password.ts). `intro` is null when the link is
 * not (or no longer) valid: then the way to ask for a new one. Nobody is signed in on success: the
 * person signs in afresh. The success message stays after the action's refresh (the link is then used).
 */
export function ResetPasswordForm({ token, intro }: { token: string; intro: string | null }) {
  const t = useTranslations("passwordReset");
  const { state, pending, formRef, onSubmit } = useActionForm(resetPasswordAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  if (state.ok) {
    return (
      <div className="space-y-2">
        <FormMessage tone="success" message={state.message} />
        <p>
          <Link href="/signin" className="btn-primary inline-block">
            {t("signIn")}
          </Link>
        </p>
      </div>
    );
  }
  if (intro === null) {
    return (
      <div className="space-y-2">
        <p role="alert" className="text-slate-700">
          {t("invalid")}
        </p>
        <p>
          <Link href="/reset-password">{t("askAgain")}</Link>
        </p>
      </div>
    );
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-slate-700">{intro}</p>
      <FormMessage tone="error" message={state.message} />
      {state.message && !state.fieldErrors && (
        <p>
          <Link href="/reset-password">{t("askAgain")}</Link>
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <TextField
        label={t("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        help={t("newPasswordHelp")}
        error={e.newPassword ?? e.token}
        required
      />
      <TextField
        label={t("confirmPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        error={e.confirmPassword}
        required
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
