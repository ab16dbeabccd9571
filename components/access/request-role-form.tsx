"use client";
import { useTranslations } from "next-intl";
import { requestRoleGrantAction } from "@/lib/users/access-actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

/** An admin asks for a privileged role for an existing account (issue 12, item 6). */
export function RequestRoleForm() {
  const t = useTranslations("roleGrants");
  const tr = useTranslations("roles");
  const { state, pending, formRef, onSubmit } = useActionForm(requestRoleGrantAction, { resetOnSuccess: true });
  const v = (k: string) => String(state.values?.[k] ?? "");
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid max-w-2xl gap-4 md:grid-cols-2" noValidate>
      <div className="md:col-span-2">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      </div>
      <TextField label={t("email")} name="email" type="email" defaultValue={v("email")} error={e.email} required />
      <SelectField
        label={t("requestRole")}
        name="role"
        defaultValue={v("role")}
        placeholder={t("choose")}
        error={e.role}
        required
        options={(["SECRETARIAT", "ADMIN"] as const).map((r) => ({ value: r, label: tr(r) }))}
      />
      <div className="md:col-span-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {t("submitRequest")}
        </button>
      </div>
    </form>
  );
}
