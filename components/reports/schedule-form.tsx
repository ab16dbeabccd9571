"use client";
import { useTranslations } from "next-intl";
import { scheduleReportAction } from "@/lib/reports/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormMessage } from "@/components/ui/form-message";
import { ScheduleFields } from "./schedule-fields";

/** R19: the secretariat sets (or moves) a report's session and due date. */
export function ScheduleForm({
  reportId,
  initial,
}: {
  reportId: string;
  initial: { body: string; councilSession: string; dueAt: string };
}) {
  const t = useTranslations("reports");
  const { state, pending, formRef, onSubmit } = useActionForm(scheduleReportAction);
  const sent = state.ok ? undefined : state.values;
  const v = (name: "body" | "councilSession" | "dueAt") => {
    const value = sent?.[name];
    return (Array.isArray(value) ? value[0] : value) ?? initial[name];
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate data-testid="schedule-form">
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="reportId" value={reportId} />
      <div key={JSON.stringify(sent ?? {})}>
        <ScheduleFields
          errors={state.fieldErrors ?? {}}
          values={{ body: v("body"), councilSession: v("councilSession"), dueAt: v("dueAt") }}
        />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("saveSchedule")}
      </button>
    </form>
  );
}
