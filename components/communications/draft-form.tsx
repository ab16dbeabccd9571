"use client";
import { useTranslations } from "next-intl";
import { saveDraftAction } from "@/lib/communications/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldFrame, useFieldAria } from "@/components/ui/field-frame";
import { FormMessage } from "@/components/ui/form-message";

type Option = { value: string; label: string };
export type DraftValues = {
  communicationId?: string;
  leadMandateId: string;
  type: string;
  addressee: string;
  copiedStateIds: string[];
  subject: string;
  summary: string;
  body: string;
  confidentialAnnex: string;
  themeIds: string[];
  cosignMandateIds: string[];
  concernsReprisals: boolean;
  urgent: boolean;
};

function MultiSelect({
  label,
  name,
  help,
  options,
  defaultValue,
  error,
}: {
  label: string;
  name: string;
  help?: string;
  options: Option[];
  defaultValue: string[];
  error?: string[];
}) {
  const { id, message, control } = useFieldAria({ help, error });
  return (
    <FieldFrame id={id} label={label} help={help} message={message}>
      <select
        name={name}
        multiple
        defaultValue={defaultValue}
        size={6}
        {...control}
        className="block w-full rounded border border-slate-400 bg-white px-2 py-1"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

function AddresseeSelect({
  label,
  help,
  defaultValue,
  error,
  groups,
}: {
  label: string;
  help: string;
  defaultValue: string;
  error?: string[];
  groups: { label: string; prefix: string; options: Option[] }[];
}) {
  const { id, message, control } = useFieldAria({ help, error });
  return (
    <FieldFrame id={id} label={label} help={help} message={message} required>
      <select
        name="addressee"
        defaultValue={defaultValue}
        required
        {...control}
        className="block w-full rounded border border-slate-400 bg-white px-3 py-2"
      >
        <option value="">—</option>
        {groups.map((g) => (
          <optgroup key={g.prefix} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={`${g.prefix}:${o.value}`}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}

export function DraftForm({
  initial,
  choices,
}: {
  initial: DraftValues;
  choices: { ownMandates: Option[]; mandates: Option[]; states: Option[]; otherActors: Option[]; themes: Option[] };
}) {
  const t = useTranslations("communications");
  const { state, pending, formRef, onSubmit } = useActionForm(saveDraftAction);
  const e = state.fieldErrors ?? {};
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {/* Empty for a new draft: saving it leads to its page (lib/communications/actions.ts). */}
      <input type="hidden" name="communicationId" value={initial.communicationId ?? ""} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label={t("leadMandate")}
          name="leadMandateId"
          defaultValue={initial.leadMandateId}
          options={choices.ownMandates}
          error={e.leadMandateId}
          required
        />
        <SelectField
          label={t("type")}
          name="type"
          defaultValue={initial.type}
          error={e.type}
          required
          options={(["AL", "UA", "OL"] as const).map((v) => ({ value: v, label: t(`types.${v}`) }))}
        />
      </div>
      {/* R6: other actors are listed before the States. */}
      <AddresseeSelect
        label={t("addressee")}
        help={t("addresseeHelp")}
        defaultValue={initial.addressee}
        error={e.addressee}
        groups={[
          { label: t("otherActors"), prefix: "actor", options: choices.otherActors },
          { label: t("states"), prefix: "state", options: choices.states },
        ]}
      />
      <MultiSelect
        label={t("copiedStates")}
        name="copiedStateIds"
        help={t("copiedStatesHelp")}
        options={choices.states}
        defaultValue={initial.copiedStateIds}
        error={e.copiedStateIds}
      />
      <MultiSelect
        label={t("cosigners")}
        name="cosignMandateIds"
        help={t("cosignersHelp")}
        options={choices.mandates}
        defaultValue={initial.cosignMandateIds}
        error={e.cosignMandateIds}
      />
      <TextField label={t("subject")} name="subject" defaultValue={initial.subject} error={e.subject} required />
      <TextArea label={t("summary")} name="summary" help={t("summaryHelp")} defaultValue={initial.summary} error={e.summary} rows={3} />
      <TextArea label={t("body")} name="body" help={t("bodyHelp")} defaultValue={initial.body} error={e.body} rows={14} />
      <TextArea
        label={t("annex")}
        name="confidentialAnnex"
        help={t("annexHelp")}
        defaultValue={initial.confidentialAnnex}
        error={e.confidentialAnnex}
        rows={3}
      />
      <MultiSelect label={t("themes")} name="themeIds" options={choices.themes} defaultValue={initial.themeIds} error={e.themeIds} />
      <Checkbox label={t("urgent")} name="urgent" defaultChecked={initial.urgent} />
      <Checkbox label={t("reprisals")} name="concernsReprisals" defaultChecked={initial.concernsReprisals} />
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("saveDraft")}
      </button>
    </form>
  );
}
