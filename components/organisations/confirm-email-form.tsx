"use client";
import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { confirmOrganisationEmailAction } from "@/lib/organisations/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormMessage } from "@/components/ui/form-message";

/**
 * The contact confirms its address with one button: the link itself does nothing when merely opened
 * (mail scanners open links), only this form posts it. `intro` is null when the link does not (or no
 * longer) work: then the ways on. The success message stays after the action's refresh, which
 * re-renders the page with the link used.
 */
export function ConfirmEmailForm({ token, intro }: { token: string; intro: string | null }) {
  const t = useTranslations("organisations");
  const { state, pending, formRef, onSubmit } = useActionForm(confirmOrganisationEmailAction);
  if (state.ok) {
    return (
      <div className="space-y-3">
        <FormMessage tone="success" message={state.message} />
        <p>{t("confirmedNext")}</p>
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
        <p role="alert">{t("confirmInvalid")}</p>
        <p>
          <Link href="/signin" className="underline">
            {t("signIn")}
          </Link>{" "}
          ·{" "}
          <Link href="/organisations/register" className="underline">
            {t("registerAgain")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3" noValidate>
      <p className="text-slate-700">{intro}</p>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("confirmButton")}
      </button>
    </form>
  );
}
