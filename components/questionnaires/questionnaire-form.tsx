"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { createQuestionnaireAction, proposeQuestionnaireAction } from "@/lib/questionnaires/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";
import { QuestionEditor } from "./question-editor";

type Option = { value: string; label: string };
export type QuestionnaireFormChoices = {
  mandates: Option[];
  themes: Option[];
  reports: (Option & { mandateId: string })[];
  states: Option[];
  languages: Option[];
};

function CheckboxGroup({
  legend,
  name,
  options,
  error,
  defaultChecked = [],
  onChange,
}: {
  legend: string;
  name: string;
  options: Option[];
  error?: string[];
  defaultChecked?: string[];
  onChange?: (values: string[]) => void;
}) {
  return (
    <fieldset className="space-y-1" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="max-h-56 space-y-1 overflow-y-auto rounded border border-slate-300 p-2" tabIndex={0} role="group" aria-label={legend}>
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={defaultChecked.includes(o.value)}
              className="mt-1 size-4"
              onChange={
                onChange
                  ? (e) => {
                      const boxes = e.currentTarget.form?.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`) ?? [];
                      onChange([...boxes].map((b) => b.value));
                    }
                  : undefined
              }
            />
            {o.label}
          </label>
        ))}
      </div>
      {error?.[0] && (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {error[0]}
        </p>
      )}
    </fieldset>
  );
}

/** Creating (secretariat) or proposing (mandate holder) a call for input, with R12's limits stated up front. */
export function QuestionnaireForm({
  mode,
  choices,
  limits,
  defaults,
}: {
  mode: "create" | "propose";
  choices: QuestionnaireFormChoices;
  limits: { minWindowWeeks: number; maxQuestions: number };
  defaults: { opensOn: string; deadlineOn: string; mandateIds: string[] };
}) {
  const t = useTranslations("questionnaires");
  const { state, pending, formRef, onSubmit } = useActionForm(mode === "create" ? createQuestionnaireAction : proposeQuestionnaireAction);
  const [mandates, setMandates] = useState(defaults.mandateIds);
  const [audience, setAudience] = useState("STATES");
  const [targetMode, setTargetMode] = useState("all");
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-5" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <p className="rounded border border-slate-300 bg-un-sky p-3 text-sm">
        {t("limitsHelp", { weeks: limits.minWindowWeeks, max: limits.maxQuestions })}
      </p>
      <TextField label={t("title")} name="title" error={e.title} required />
      <TextArea label={t("purpose")} name="purpose" help={t("purposeHelp")} rows={4} error={e.purpose} required />
      <CheckboxGroup
        legend={t("mandates")}
        name="mandateIds"
        options={choices.mandates}
        error={e.mandateIds}
        defaultChecked={defaults.mandateIds}
        onChange={setMandates}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("report")}
          name="reportId"
          placeholder={t("noReport")}
          error={e.reportId}
          options={choices.reports.filter((r) => mandates.includes(r.mandateId))}
        />
        <TextField label={t("councilSession")} name="councilSession" type="number" min={1} max={200} error={e.councilSession} />
      </div>
      <SelectField
        label={t("audience")}
        name="audience"
        value={audience}
        onChange={(ev) => setAudience(ev.target.value)}
        error={e.audience}
        required
        options={(["STATES", "CIVIL_SOCIETY", "ALL"] as const).map((a) => ({ value: a, label: t(`audiences.${a}`) }))}
      />
      {audience !== "CIVIL_SOCIETY" && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{t("targets")}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="targetMode"
              value="all"
              checked={targetMode === "all"}
              onChange={() => setTargetMode("all")}
              className="size-4"
            />{" "}
            {t("targetAll")}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="targetMode"
              value="selected"
              checked={targetMode === "selected"}
              onChange={() => setTargetMode("selected")}
              className="size-4"
            />{" "}
            {t("targetSelected")}
          </label>
          {targetMode === "selected" && (
            <div className="space-y-1">
              <label htmlFor="targetStateIds" className="block text-sm font-medium">
                {t("targetStates")}
              </label>
              <select
                id="targetStateIds"
                name="targetStateIds"
                multiple
                size={8}
                className="block w-full rounded border border-slate-400 bg-white px-3 py-2"
                aria-invalid={e.targetStateIds ? true : undefined}
                aria-describedby={`targets-help${e.targetStateIds ? " targets-error" : ""}`}
              >
                {choices.states.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
              <p id="targets-help" className="text-sm text-slate-600">
                {t("targetStatesHelp")}
              </p>
              {e.targetStateIds?.[0] && (
                <p id="targets-error" className="text-sm text-red-700">
                  {e.targetStateIds[0]}
                </p>
              )}
            </div>
          )}
        </fieldset>
      )}
      <CheckboxGroup
        legend={t("languages")}
        name="languages"
        options={choices.languages}
        error={e.languages}
        defaultChecked={["en", "fr", "es"]}
      />
      <CheckboxGroup legend={t("themes")} name="themeIds" options={choices.themes} error={e.themeIds} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("opensOn")}
          name="opensOn"
          type="date"
          defaultValue={defaults.opensOn}
          help={t("genevaDateHelp")}
          error={e.opensOn}
          required
        />
        <TextField
          label={t("deadlineOn")}
          name="deadlineOn"
          type="date"
          defaultValue={defaults.deadlineOn}
          help={t("deadlineHelp")}
          error={e.deadlineOn}
          required
        />
      </div>
      <QuestionEditor errors={e} maxQuestions={limits.maxQuestions} />
      <TextArea
        label={t("exceptionJustification")}
        name="exceptionJustification"
        rows={3}
        help={t("exceptionHelp", { weeks: limits.minWindowWeeks, max: limits.maxQuestions })}
        error={e.exceptionJustification}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {mode === "create" ? t("createCall") : t("proposeCall")}
      </button>
    </form>
  );
}
