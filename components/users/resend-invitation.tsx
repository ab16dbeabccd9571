"use client";
import { useTranslations } from "next-intl";
import { resendInvitationAction } from "@/lib/users/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormMessage } from "@/components/ui/form-message";
import { InvitationLink } from "./invitation-link";

/** For an account still waiting for its first password: a new invitation (the old link stops working). */
export function ResendInvitation({ userId }: { userId: string }) {
  const t = useTranslations("userInvitations");
  const { state, pending, formRef, onSubmit } = useActionForm(resendInvitationAction);
  return (
    <div className="mt-1 space-y-1">
      <form ref={formRef} onSubmit={onSubmit}>
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" className="btn-secondary" disabled={pending}>
          {t("resend")}
        </button>
      </form>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {state.ok && state.data && <InvitationLink url={state.data.invitationUrl} />}
    </div>
  );
}
