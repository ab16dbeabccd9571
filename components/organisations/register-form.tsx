"use client";
import { useTranslations } from "next-intl";
import { registerOrganisationAction } from "@/lib/organisations/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";
import { HoneypotField } from "@/components/ui/honeypot-field";

/**
 * An organisation registers (issue 17, item 3): the organisation, its contact and the contact's
 * password. On success the visitor is told to follow the link mailed to the contact's address — the
 * same words whatever the address (lib/organisations/register-organisation.ts).
 */
export function RegisterOrganisationForm({ countries }: { countries: { value: string; label: string }[] }) {
  const t = useTranslations("organisations");
  const { state, pending, formRef, onSubmit } = useActionForm(registerOrganisationAction, { resetOnSuccess: true });
  const v = (k: string) => (state.ok ? "" : String(state.values?.[k] ?? ""));
  const e = state.fieldErrors ?? {};
  if (state.ok) {
    return (
      <div role="status" className="space-y-2 rounded border border-green-300 bg-green-50 p-4 text-green-900" data-testid="registered">
        <p>{state.message}</p>
        <p>{t("registeredNext")}</p>
      </div>
    );
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} className="relative max-w-2xl space-y-5" noValidate>
      <FormMessage tone="error" message={state.message} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("aboutOrganisation")}</legend>
        <TextField label={t("name")} name="name" autoComplete="organization" defaultValue={v("name")} error={e.name} required />
        <SelectField
          label={t("country")}
          name="countryId"
          options={countries}
          placeholder={t("countryPlaceholder")}
          defaultValue={v("countryId")}
          help={t("countryHelp")}
          error={e.countryId}
          required
        />
        <TextField
          label={t("website")}
          name="website"
          type="url"
          inputMode="url"
          autoComplete="url"
          help={t("websiteHelp")}
          defaultValue={v("website")}
          error={e.website}
          required
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("aboutContact")}</legend>
        <p className="text-sm text-slate-700">{t("contactIntro")}</p>
        <TextField
          label={t("contactName")}
          name="contactName"
          autoComplete="name"
          defaultValue={v("contactName")}
          error={e.contactName}
          required
        />
        <TextField
          label={t("contactEmail")}
          name="contactEmail"
          type="email"
          autoComplete="email"
          help={t("contactEmailHelp")}
          defaultValue={v("contactEmail")}
          error={e.contactEmail}
          required
        />
        <NewPasswordFields
          labels={{ password: t("password"), help: t("passwordHelp"), confirm: t("confirmPassword") }}
          errors={{ password: e.newPassword, confirm: e.confirmPassword }}
        />
      </fieldset>
      <HoneypotField label={t("honeypot")} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("register")}
      </button>
    </form>
  );
}
