"use client";
import { useTranslations } from "next-intl";
import { savePressReleaseAction } from "@/lib/press-releases/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

type Option = { value: string; label: string };
export type PressReleaseValues = {
  pressReleaseId: string;
  mandateId: string;
  communicationId: string;
  visitId: string;
  title: string;
  body: string;
};

/** R3: a press release may be linked to one sent communication or one country visit of its mandate. */
export function PressReleaseForm({
  initial,
  choices,
}: {
  initial: PressReleaseValues;
  choices: { mandates: Option[]; communications: Option[]; visits: Option[] };
}) {
  const t = useTranslations("pressReleases");
  const { state, pending, formRef, onSubmit } = useActionForm(savePressReleaseAction);
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {/* Empty for a new press release: saving it leads to its page (lib/press-releases/actions.ts). */}
      <input type="hidden" name="pressReleaseId" value={initial.pressReleaseId} />
      <SelectField
        label={t("mandate")}
        name="mandateId"
        defaultValue={initial.mandateId}
        options={choices.mandates}
        error={e.mandateId}
        required
      />
      <div className="space-y-1">
        <label htmlFor="communicationId" className="block text-sm font-medium">
          {t("communication")}
        </label>
        <select
          id="communicationId"
          name="communicationId"
          defaultValue={initial.communicationId}
          aria-invalid={e.communicationId ? true : undefined}
          aria-describedby={e.communicationId ? "communication-help communication-error" : "communication-help"}
          className="block w-full rounded border border-slate-400 bg-white px-3 py-2"
        >
          <option value="">{t("noCommunication")}</option>
          {choices.communications.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <p id="communication-help" className="text-sm text-slate-600">
          {t("communicationHelp")}
        </p>
        {e.communicationId?.[0] && (
          <p id="communication-error" className="text-sm text-red-700">
            {e.communicationId[0]}
          </p>
        )}
      </div>
      <SelectField
        label={t("visit")}
        name="visitId"
        defaultValue={initial.visitId}
        options={choices.visits}
        placeholder={t("noVisit")}
        help={t("visitHelp")}
        error={e.visitId}
      />
      <TextField label={t("title")} name="title" defaultValue={initial.title} error={e.title} required />
      <TextArea label={t("body")} name="body" help={t("bodyHelp")} defaultValue={initial.body} error={e.body} rows={14} required />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("saveDraft")}
      </button>
    </form>
  );
}
