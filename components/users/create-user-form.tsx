"use client";
import { useLocale, useTranslations } from "next-intl";
import { createUserAction } from "@/lib/users/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/config";
import { InvitationLink } from "./invitation-link";

type Option = { value: string; label: string };
const ROLES = ["SECRETARIAT", "MANDATE_HOLDER", "STATE", "CIVIL_SOCIETY", "ADMIN"] as const;

export function CreateUserForm({ states, holders }: { states: Option[]; holders: Option[] }) {
  const t = useTranslations("users");
  const tr = useTranslations("roles");
  const tg = useTranslations("roleGrants");
  const ti = useTranslations("userInvitations");
  const locale = useLocale();
  const { state, pending, formRef, onSubmit } = useActionForm(createUserAction, { resetOnSuccess: true });
  const v = (k: string) => String(state.values?.[k] ?? "");
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid max-w-2xl gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
        {state.ok && state.data?.invitationUrl && <InvitationLink url={state.data.invitationUrl} />}
        {/* Four eyes (issue 12, item 6): a privileged account waits for a second member's approval. */}
        {state.ok && state.data?.pendingApproval && <p className="mt-2 text-sm">{tg("pendingCreated")}</p>}
        <p className="mt-2 text-sm text-slate-700">{ti("help")}</p>
      </div>
      <TextField label={t("name")} name="name" defaultValue={v("name")} error={e.name} required />
      <TextField label={t("email")} name="email" type="email" defaultValue={v("email")} error={e.email} required />
      <SelectField
        label={t("role")}
        name="role"
        defaultValue={v("role")}
        placeholder={t("choose")}
        error={e.role}
        required
        options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
      />
      <SelectField
        label={ti("language")}
        name="locale"
        defaultValue={v("locale") || locale}
        error={e.locale}
        options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
      />
      <SelectField
        label={t("state")}
        name="stateId"
        defaultValue={v("stateId")}
        placeholder={t("choose")}
        error={e.stateId}
        options={states}
      />
      <SelectField
        label={t("mandateHolder")}
        name="mandateHolderId"
        defaultValue={v("mandateHolderId")}
        placeholder={t("choose")}
        error={e.mandateHolderId}
        options={holders}
      />
      <TextField label={t("organisation")} name="organisation" defaultValue={v("organisation")} error={e.organisation} />
      <div className="md:col-span-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
