"use client";
import { useTranslations } from "next-intl";
import { addConsultativeGroupMemberAction, recordEngagementAction, recordVacancyAction } from "@/lib/committee-people/actions";
import { REGIONAL_GROUPS } from "@/lib/committee-people/regional-groups";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

type Option = { value: string; label: string };

/** The secretariat records a vacancy's appointing session, public shortlist and appointee (CC1). */
export function VacancyRecordForm({ vacancies }: { vacancies: Option[] }) {
  const t = useTranslations("committeePeople");
  const { state, pending, formRef, onSubmit } = useActionForm(recordVacancyAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <SelectField label={t("vacancy")} name="tenureId" options={vacancies} placeholder={t("choose")} error={e.tenureId} required />
      <TextField
        label={t("appointmentSessionField")}
        name="appointmentSession"
        inputMode="numeric"
        help={t("appointmentSessionHelp")}
        error={e.appointmentSession}
      />
      <TextArea label={t("shortlist")} name="shortlist" rows={2} help={t("shortlistHelp")} error={e.shortlist} />
      <TextField label={t("appointed")} name="appointedName" help={t("appointedHelp")} error={e.appointedName} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("recordVacancy")}
      </button>
    </form>
  );
}

/** The secretariat records a member of a year's Consultative Group. */
export function ConsultativeGroupMemberForm({ defaultYear }: { defaultYear: number }) {
  const t = useTranslations("committeePeople");
  const { state, pending, formRef, onSubmit } = useActionForm(addConsultativeGroupMemberAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t("year")}
          name="year"
          type="number"
          inputMode="numeric"
          defaultValue={String(defaultYear)}
          error={e.year}
          required
        />
        <TextField label={t("memberName")} name="name" error={e.name} required />
        <SelectField
          label={t("regionalGroup")}
          name="regionalGroup"
          options={REGIONAL_GROUPS.map((g) => ({ value: g, label: t(`region${g}`) }))}
          placeholder={t("choose")}
          error={e.regionalGroup}
          required
        />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("addMember")}
      </button>
    </form>
  );
}

/** The secretariat records a former holder's continued engagement (CC4). */
export function EngagementForm({ formerHolders }: { formerHolders: Option[] }) {
  const t = useTranslations("committeePeople");
  const { state, pending, formRef, onSubmit } = useActionForm(recordEngagementAction, { resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  if (formerHolders.length === 0) return <p>{t("noFormerHolders")}</p>;
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("formerHolder")}
          name="formerHolder"
          options={formerHolders}
          placeholder={t("choose")}
          error={e.formerHolder}
          required
        />
        <TextField label={t("date")} name="occurredOn" type="date" error={e.occurredOn} required />
      </div>
      <TextArea label={t("activity")} name="activity" rows={3} error={e.activity} required />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("recordEngagement")}
      </button>
    </form>
  );
}
