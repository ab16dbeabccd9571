"use client";
import { useTranslations } from "next-intl";
import { setPasswordSignInAction } from "@/lib/users/actions";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * Switches an account's password sign-in off (single sign-on only) or on again. Offered to switch off
 * only when single sign-on is configured (the server checks it again).
 */
export function PasswordSignInToggle({ userId, disabled, ssoEnabled }: { userId: string; disabled: boolean; ssoEnabled: boolean }) {
  const t = useTranslations("users");
  const { state, pending, formRef, onSubmit } = useActionForm(setPasswordSignInAction);
  if (!disabled && !ssoEnabled) return null;
  return (
    <div>
      <form ref={formRef} onSubmit={onSubmit}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
        <button type="submit" className="btn-secondary" disabled={pending}>
          {t(disabled ? "enablePassword" : "disablePassword")}
        </button>
      </form>
      {!state.ok && state.message && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {state.message}
        </p>
      )}
    </div>
  );
}
