"use client";
import { useTranslations } from "next-intl";
import { saveReprisalCaseAction, submitReprisalCaseAction } from "@/lib/reprisals/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

type Option = { value: string; label: string };
export type CaseValues = {
  caseId: string;
  stateId: string;
  personsConcerned: string;
  cooperationContext: string;
  actsAlleged: string;
  actsDate: string;
  actionsTaken: string;
  communicationReferences: string[];
  status: string;
  confidentiality: string;
  sgReportYear: string;
};

/**
 * The confidential record of a case (R8). The secretariat types linked references and sets status,
 * confidentiality and the report year; a mandate holder picks among the letters its mandates signed.
 */
export function CaseForm({
  mode,
  initial,
  states,
  communications,
}: {
  mode: "secretariat" | "mandate-holder";
  initial: CaseValues;
  states: Option[];
  communications: Option[];
}) {
  const t = useTranslations("reprisals");
  const { state, pending, formRef, onSubmit } = useActionForm(mode === "secretariat" ? saveReprisalCaseAction : submitReprisalCaseAction);
  const e = state.fieldErrors ?? {};
  const v = (k: keyof CaseValues) => {
    const typed = state.values?.[k];
    return typed === undefined ? initial[k] : typed;
  };
  const one = (k: keyof CaseValues) => String([v(k)].flat()[0] ?? "");
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {/* Empty for a new case: saving it leads to its page (lib/reprisals/actions.ts). */}
      {mode === "secretariat" && <input type="hidden" name="caseId" value={initial.caseId} />}
      <SelectField
        label={t("state")}
        name="stateId"
        defaultValue={one("stateId")}
        options={states}
        placeholder={t("chooseState")}
        error={e.stateId}
        required
      />
      <TextArea
        label={t("personsConcerned")}
        name="personsConcerned"
        help={t("personsConcernedHelp")}
        defaultValue={one("personsConcerned")}
        error={e.personsConcerned}
        rows={3}
        required
      />
      <TextArea
        label={t("cooperationContext")}
        name="cooperationContext"
        help={t("cooperationContextHelp")}
        defaultValue={one("cooperationContext")}
        error={e.cooperationContext}
        rows={3}
        required
      />
      <TextArea label={t("actsAlleged")} name="actsAlleged" defaultValue={one("actsAlleged")} error={e.actsAlleged} rows={5} required />
      <TextField label={t("actsDate")} name="actsDate" type="date" defaultValue={one("actsDate")} error={e.actsDate} />
      <TextArea
        label={t("actionsTaken")}
        name="actionsTaken"
        help={t("actionsTakenHelp")}
        defaultValue={one("actionsTaken")}
        error={e.actionsTaken}
        rows={3}
      />
      {mode === "secretariat" ? (
        <TextArea
          label={t("linkedCommunications")}
          name="communicationReferences"
          help={t("linkedCommunicationsHelp")}
          defaultValue={[v("communicationReferences")].flat().join("\n")}
          error={e.communicationReferences}
          rows={3}
        />
      ) : (
        <SelectField
          label={t("linkedCommunications")}
          name="communicationReferences"
          multiple
          size={Math.min(8, Math.max(3, communications.length))}
          help={communications.length ? t("pickCommunicationsHelp") : t("noOwnCommunications")}
          options={communications}
          defaultValue={[v("communicationReferences")].flat()}
          error={e.communicationReferences}
        />
      )}
      {mode === "secretariat" && (
        <>
          <SelectField
            label={t("status")}
            name="status"
            defaultValue={one("status")}
            error={e.status}
            options={(["OPEN", "FOLLOW_UP", "CLOSED"] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          />
          {initial.confidentiality !== "PUBLIC_SUMMARY_CLEARED" ? (
            <SelectField
              label={t("confidentiality")}
              name="confidentiality"
              defaultValue={one("confidentiality")}
              help={t("confidentialityHelp")}
              error={e.confidentiality}
              options={(["STRICTLY_CONFIDENTIAL", "CONFIDENTIAL"] as const).map((c) => ({ value: c, label: t(`confidentialities.${c}`) }))}
            />
          ) : (
            <input type="hidden" name="confidentiality" value="CONFIDENTIAL" />
          )}
          <TextField
            label={t("sgReportYear")}
            name="sgReportYear"
            type="number"
            inputMode="numeric"
            min={2010}
            max={2100}
            defaultValue={one("sgReportYear")}
            error={e.sgReportYear}
          />
        </>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {mode === "secretariat" ? t("save") : t("record")}
      </button>
    </form>
  );
}
