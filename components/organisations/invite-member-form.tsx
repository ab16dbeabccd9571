"use client";
import { useTranslations } from "next-intl";
import { inviteOrganisationMemberAction } from "@/lib/organisations/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { FormMessage } from "@/components/ui/form-message";

/** An organisation's administrator invites a member: name and e-mail only (the organisation is its own). */
export function InviteMemberForm() {
  const t = useTranslations("organisations");
  const { state, pending, formRef, onSubmit } = useActionForm(inviteOrganisationMemberAction, { resetOnSuccess: true });
  const v = (k: string) => (state.ok ? "" : String(state.values?.[k] ?? ""));
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid max-w-2xl gap-4 md:grid-cols-2" noValidate>
      <div className="space-y-2 md:col-span-2">
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
      <TextField label={t("memberName")} name="name" defaultValue={v("name")} error={e.name} required />
      <TextField label={t("memberEmail")} name="email" type="email" defaultValue={v("email")} error={e.email} required />
      <div className="md:col-span-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("invite")}
        </button>
      </div>
    </form>
  );
}
