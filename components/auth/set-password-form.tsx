"use client";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { acceptInvitationAction, resetPasswordAction } from "@/lib/users/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/server/action";

type SetPasswordAction = (prev: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/** What a single-use account link is for, and where a person goes when it no longer works. */
const PURPOSES = {
  invitation: {
    action: acceptInvitationAction as SetPasswordAction,
    fallback: { href: "/signin", key: "signIn" },
  },
  reset: {
    action: resetPasswordAction as SetPasswordAction,
    fallback: { href: "/reset-password", key: "askAgain" },
  },
} as const;

/**
 * A password set through a single-use link: an invitation's first one (lib/users/accept-invitation.ts)
 * or a reset's new one (lib/users/reset-password.ts). The rules are those of lib/auth/password.ts;
 * passwords are never echoed back. `intro` is null when the link is not (or no longer) valid: then the
 * way on. Nobody is signed in on success: the person signs in afresh, with any second factor. The
 * success message stays after the action's refresh (which re-renders the page with the link used).
 */
export function SetPasswordForm({ purpose, token, intro }: { purpose: keyof typeof PURPOSES; token: string; intro: string | null }) {
  const { action, fallback } = PURPOSES[purpose];
  // Both namespaces by name (the client-messages test checks every namespace a component reads).
  const invitationT = useTranslations("invitation");
  const resetT = useTranslations("passwordReset");
  const t = (key: "signIn" | "askAgain" | "invalid" | "newPassword" | "newPasswordHelp" | "confirmPassword" | "submit") =>
    purpose === "invitation" ? invitationT(key as Exclude<typeof key, "askAgain">) : resetT(key);
  const { state, pending, formRef, onSubmit } = useActionForm(action, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  const way = <Link href={fallback.href}>{t(fallback.key)}</Link>;
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
        <p>{way}</p>
      </div>
    );
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" noValidate>
      <p className="text-slate-700">{intro}</p>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields
        labels={{ password: t("newPassword"), help: t("newPasswordHelp"), confirm: t("confirmPassword") }}
        errors={{ password: e.newPassword ?? e.token, confirm: e.confirmPassword }}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("submit")}
      </button>
      {purpose === "reset" && state.message && !state.fieldErrors && <p>{way}</p>}
    </form>
  );
}
