"use client";
import { useTranslations } from "next-intl";
import { recordMembershipAction } from "@/lib/committee/actions";
import { COMMITTEE_ROLES } from "@/lib/committee/roles";
import { useActionForm } from "@/components/ui/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

/** The secretariat seats a mandate holder on the Committee of `year`, or changes a member's role. */
export function MembershipForm({ year, holders }: { year: number; holders: { value: string; label: string }[] }) {
  const t = useTranslations("committee");
  const { state, pending, formRef, onSubmit } = useActionForm(recordMembershipAction);
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="year" value={year} />
      <SelectField
        label={t("holder")}
        name="mandateHolderId"
        options={holders}
        placeholder={t("chooseHolder")}
        error={e.mandateHolderId}
        required
      />
      <SelectField
        label={t("role")}
        name="role"
        defaultValue="MEMBER"
        options={COMMITTEE_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        error={e.role}
        required
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("saveMembership")}
      </button>
    </form>
  );
}
