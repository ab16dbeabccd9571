"use client";
import { useTranslations } from "next-intl";
import { publishSlotsAction } from "@/lib/office-hours/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

/** A holder publishes consecutive office-hour slots, in Geneva time (R17). */
export function PublishSlotsForm({ defaultDate }: { defaultDate: string }) {
  const t = useTranslations("officeHours");
  const { state, pending, formRef, onSubmit } = useActionForm(publishSlotsAction);
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("date")} name="date" type="date" defaultValue={defaultDate} help={t("genevaHelp")} error={e.date} required />
        <TextField label={t("time")} name="time" type="time" defaultValue="10:00" help={t("genevaHelp")} error={e.time} required />
        <SelectField
          label={t("minutes")}
          name="minutes"
          defaultValue="30"
          error={e.minutes}
          required
          options={[15, 20, 30, 45, 60].map((m) => ({ value: String(m), label: t("minutesOption", { minutes: m }) }))}
        />
        <SelectField
          label={t("count")}
          name="count"
          defaultValue="4"
          error={e.count}
          required
          options={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))}
        />
      </div>
      <TextField label={t("location")} name="location" defaultValue="Palais des Nations" error={e.location} required />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("publish")}
      </button>
    </form>
  );
}
