"use client";
import { useTranslations } from "next-intl";
import { addReferralAction } from "@/lib/reprisals/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

/** R8: a referral to the High Commissioner, the President of the Council or the Assistant Secretary-General. */
export function ReferralForm({ caseId }: { caseId: string }) {
  const t = useTranslations("reprisals");
  const { state, pending, formRef, onSubmit } = useActionForm(addReferralAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="grid max-w-3xl gap-3 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      </div>
      <input type="hidden" name="caseId" value={caseId} />
      <SelectField
        label={t("referralBody")}
        name="body"
        placeholder={t("chooseBody")}
        error={e.body}
        required
        options={(["HIGH_COMMISSIONER", "COUNCIL_PRESIDENT", "ASSISTANT_SECRETARY_GENERAL"] as const).map((b) => ({
          value: b,
          label: t(`bodies.${b}`),
        }))}
      />
      <TextField label={t("referredAt")} name="referredAt" type="date" error={e.referredAt} required />
      <div className="sm:col-span-2">
        <TextField label={t("referralNote")} name="note" help={t("referralNoteHelp")} error={e.note} />
      </div>
      <div>
        <button type="submit" className="btn-secondary" disabled={pending}>
          {t("addReferral")}
        </button>
      </div>
    </form>
  );
}
