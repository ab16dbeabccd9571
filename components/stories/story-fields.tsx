"use client";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";

type Option = { value: string; label: string };
export type StoryChoices = { states: Option[]; mandates: Option[]; themes: (Option & { kind: string })[] };
export type StoryValues = {
  title: string;
  recommendation: string;
  whatChanged: string;
  mandateId: string;
  stateId: string;
  evidenceLinks: string;
  themeIds: string[];
};

/** The fields of a good story (R13), shared by the submission form and the moderator's edit form. */
export function StoryFields({ values, errors, choices }: { values: StoryValues; errors: Record<string, string[]>; choices: StoryChoices }) {
  const t = useTranslations("stories");
  const e = errors;
  return (
    <>
      <TextField label={t("title")} name="title" defaultValue={values.title} error={e.title} required />
      <TextArea
        label={t("recommendation")}
        name="recommendation"
        help={t("recommendationHelp")}
        defaultValue={values.recommendation}
        error={e.recommendation}
        rows={4}
        required
      />
      <SelectField
        label={t("mandate")}
        name="mandateId"
        defaultValue={values.mandateId}
        options={choices.mandates}
        placeholder={t("noMandate")}
        error={e.mandateId}
      />
      <TextArea
        label={t("whatChanged")}
        name="whatChanged"
        help={t("whatChangedHelp")}
        defaultValue={values.whatChanged}
        error={e.whatChanged}
        rows={6}
        required
      />
      <SelectField
        label={t("state")}
        name="stateId"
        defaultValue={values.stateId}
        options={choices.states}
        placeholder={t("chooseState")}
        error={e.stateId}
        required
      />
      <TextArea
        label={t("evidenceLinks")}
        name="evidenceLinks"
        help={t("evidenceLinksHelp")}
        defaultValue={values.evidenceLinks}
        error={e.evidenceLinks}
        rows={3}
      />
      <fieldset className="space-y-2" aria-describedby={e.themeIds ? "themes-error" : undefined}>
        <legend className="text-sm font-medium">{t("themes")}</legend>
        <div className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {choices.themes.map((th) => (
            <label key={th.value} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="themeIds"
                value={th.value}
                defaultChecked={values.themeIds.includes(th.value)}
                className="mt-1 size-4"
              />
              <span>{th.label}</span>
            </label>
          ))}
        </div>
        {e.themeIds?.[0] && (
          <p id="themes-error" className="text-sm text-red-700">
            {e.themeIds[0]}
          </p>
        )}
      </fieldset>
    </>
  );
}

/** The values to show: what the user typed in the last attempt, else the initial ones. */
export function typedValues(initial: StoryValues, typed?: Record<string, string | string[]>): StoryValues {
  if (!typed) return initial;
  const one = (k: keyof StoryValues) => (typeof typed[k] === "string" ? (typed[k] as string) : (initial[k] as string));
  const themes = typed.themeIds;
  return {
    title: one("title"),
    recommendation: one("recommendation"),
    whatChanged: one("whatChanged"),
    mandateId: one("mandateId"),
    stateId: one("stateId"),
    evidenceLinks: one("evidenceLinks"),
    themeIds: themes === undefined ? [] : Array.isArray(themes) ? themes : [themes],
  };
}
