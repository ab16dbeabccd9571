"use client";
import { useTranslations } from "next-intl";
import { saveReportAction } from "@/lib/reports/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";
import { ScheduleFields } from "./schedule-fields";

type Option = { value: string; label: string };
export type ReportFormValues = {
  reportId: string;
  symbol: string;
  title: string;
  kind: string;
  themeIds: string[];
  submittedAt: string;
  publishedAt: string;
  presentedAt: string;
};

/**
 * R19: a report's details and the days it was submitted, published and presented. A new report also
 * names its mandate and, for the secretariat, its session and due date.
 */
export function ReportForm({
  initial,
  mandates,
  themes,
  withSchedule = false,
}: {
  initial: ReportFormValues;
  /** Only for a new report: the mandates the actor keeps reports of. */
  mandates?: Option[];
  themes: Option[];
  withSchedule?: boolean;
}) {
  const t = useTranslations("reports");
  const { state, pending, formRef, onSubmit } = useActionForm(saveReportAction);
  const e = state.fieldErrors ?? {};
  const sent = state.ok ? undefined : state.values;
  const v = (name: string, fallback: string) => {
    const value = sent?.[name];
    return (Array.isArray(value) ? value[0] : value) ?? fallback;
  };
  const chosenThemes = new Set(sent ? [sent.themeIds ?? []].flat() : initial.themeIds);
  // A changed key remounts the fields, so values sent back after an error show up.
  const key = JSON.stringify(sent ?? {});
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate data-testid="report-form">
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {/* Empty for a new report: saving it leads to its page (lib/reports/actions.ts). */}
      <input type="hidden" name="reportId" value={initial.reportId} />
      <div key={key} className="space-y-4">
        {mandates && (
          <SelectField
            label={t("mandate")}
            name="mandateId"
            options={mandates}
            placeholder=""
            required
            error={e.mandateId}
            defaultValue={v("mandateId", "")}
          />
        )}
        <TextField
          label={t("symbol")}
          name="symbol"
          help={t("symbolHelp")}
          required
          error={e.symbol}
          defaultValue={v("symbol", initial.symbol)}
        />
        <TextField label={t("title")} name="title" required error={e.title} defaultValue={v("title", initial.title)} />
        <SelectField
          label={t("kind")}
          name="kind"
          required
          options={(["THEMATIC", "COUNTRY_VISIT", "OTHER"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          error={e.kind}
          defaultValue={v("kind", initial.kind)}
        />
        {withSchedule && (
          <ScheduleFields errors={e} values={{ body: v("body", ""), councilSession: v("councilSession", ""), dueAt: v("dueAt", "") }} />
        )}
        <fieldset className="space-y-1" aria-describedby={e.themeIds ? "themes-error" : undefined}>
          <legend className="text-sm font-medium">{t("themes")}</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {themes.map((o) => (
              <label key={o.value} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="themeIds" value={o.value} defaultChecked={chosenThemes.has(o.value)} className="mt-1 size-4" />
                <span>{o.label}</span>
              </label>
            ))}
          </div>
          {e.themeIds?.[0] && (
            <p id="themes-error" className="text-sm text-red-700">
              {e.themeIds[0]}
            </p>
          )}
        </fieldset>
        <p className="text-sm text-slate-600">{t("datesHelp")}</p>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            type="date"
            label={t("submittedAt")}
            name="submittedAt"
            error={e.submittedAt}
            defaultValue={v("submittedAt", initial.submittedAt)}
          />
          <TextField
            type="date"
            label={t("publishedAt")}
            name="publishedAt"
            help={t("publishedHelp")}
            error={e.publishedAt}
            defaultValue={v("publishedAt", initial.publishedAt)}
          />
          <TextField
            type="date"
            label={t("presentedAt")}
            name="presentedAt"
            error={e.presentedAt}
            defaultValue={v("presentedAt", initial.presentedAt)}
          />
        </div>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
