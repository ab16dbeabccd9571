"use client";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "@/lib/users/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";

/** "Forgot your password?": the answer is the same whether or not an account uses the address. */
export function RequestPasswordResetForm() {
  const t = useTranslations("passwordReset");
  const { state, pending, formRef, onSubmit } = useActionForm(requestPasswordResetAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  if (state.ok) {
    return (
      <div className="space-y-2">
        <FormMessage tone="success" message={state.message} />
        <p>
          <Link href="/signin">{t("signIn")}</Link>
        </p>
      </div>
    );
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage tone="error" message={state.message} />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        defaultValue={String(state.values?.email ?? "")}
        error={e.email}
        required
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("request")}
      </button>
    </form>
  );
}
