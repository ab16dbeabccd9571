"use client";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";

/** R19: the body, the session and the due date — the secretariat's part of a report. */
export function ScheduleFields({
  errors,
  values,
}: {
  errors: Record<string, string[] | undefined>;
  values: { body: string; councilSession: string; dueAt: string };
}) {
  const t = useTranslations("reports");
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <SelectField
        label={t("body")}
        name="body"
        required
        placeholder=""
        options={(["HRC", "GA"] as const).map((b) => ({ value: b, label: t(`bodies.${b}`) }))}
        error={errors.body}
        defaultValue={values.body}
      />
      <TextField
        label={t("session")}
        name="councilSession"
        inputMode="numeric"
        help={t("sessionHelp")}
        required
        error={errors.councilSession}
        defaultValue={values.councilSession}
      />
      <TextField
        type="date"
        label={t("dueAt")}
        name="dueAt"
        help={t("dueHelp")}
        required
        error={errors.dueAt}
        defaultValue={values.dueAt}
      />
    </div>
  );
}
