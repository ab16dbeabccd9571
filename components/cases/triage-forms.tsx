"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/server/action";
import {
  addCaseNoteAction,
  askSourceAction,
  assignCaseAction,
  closeCaseAction,
  markActedUponAction,
  mergeCaseAction,
  openDraftFromCaseAction,
} from "@/lib/cases/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

type Option = { value: string; label: string };
type Fields = (e: Record<string, string[]>, typed: (k: string) => string) => React.ReactNode;

/** Where a step sits on the page and whether the submission's status allows it now. */
type Step = { caseId: string; heading: string; available: boolean };

/**
 * One triage step: its section, a form with its fields and button, and what happened said beside it.
 * A step the new status no longer allows (the page re-renders after each action) keeps showing what
 * it did — the confirmation stays announced — and loses its form; one never used is not shown.
 */
function TriageForm<T>({
  action,
  caseId,
  heading,
  available,
  button,
  fields,
  testId,
  reset = true,
}: Step & {
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  button: string;
  fields?: Fields;
  testId: string;
  reset?: boolean;
}) {
  const { state, pending, formRef, onSubmit } = useActionForm(action, { resetOnSuccess: reset });
  const typed = (k: string) => (!state.ok && typeof state.values?.[k] === "string" ? (state.values[k] as string) : "");
  if (!available && !state.message) return null;
  const id = `${testId}-h`;
  return (
    <section aria-labelledby={id} className="max-w-3xl space-y-2 rounded border border-slate-300 p-4" data-testid={testId}>
      <h2 id={id}>{heading}</h2>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {available && (
        <form ref={formRef} onSubmit={onSubmit} className="space-y-3" noValidate>
          <input type="hidden" name="caseId" value={caseId} />
          {fields?.(state.fieldErrors ?? {}, typed)}
          <button type="submit" className="btn-secondary" disabled={pending}>
            {button}
          </button>
        </form>
      )}
    </section>
  );
}

export function AssignForm({
  candidates,
  assigned,
  mandates,
  ...step
}: Step & {
  /** Suggested and assigned mandates, offered as checkboxes. */
  candidates: Option[];
  assigned: string[];
  mandates: Option[];
}) {
  const t = useTranslations("cases");
  return (
    <TriageForm
      action={assignCaseAction}
      {...step}
      button={t("assign")}
      testId="assign-form"
      reset={false}
      fields={(e) => (
        <>
          {candidates.length > 0 && (
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium">{t("assignTo")}</legend>
              {candidates.map((m) => (
                <label key={m.value} className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    name="mandateIds"
                    value={m.value}
                    defaultChecked={assigned.includes(m.value)}
                    className="mt-1 size-4"
                  />
                  <span>{m.label}</span>
                </label>
              ))}
            </fieldset>
          )}
          <SelectField label={t("assignOther")} name="otherMandateId" options={mandates} placeholder={t("none")} error={e.mandateIds} />
        </>
      )}
    />
  );
}

export function AskForm(step: Step) {
  const t = useTranslations("cases");
  return (
    <TriageForm
      action={askSourceAction}
      {...step}
      button={t("askButton")}
      testId="ask-form"
      fields={(e, typed) => (
        <TextArea
          label={t("question")}
          name="question"
          help={t("questionHelp")}
          defaultValue={typed("question")}
          error={e.question}
          rows={3}
          required
        />
      )}
    />
  );
}

export function OpenDraftForm({
  leads,
  addressees,
  addressee,
  urgent,
  ...step
}: Step & {
  leads: Option[];
  addressees: Option[];
  addressee: string;
  urgent: boolean;
}) {
  const t = useTranslations("cases");
  return (
    <TriageForm
      action={openDraftFromCaseAction}
      {...step}
      button={t("openDraft")}
      testId="open-draft-form"
      reset={false}
      fields={(e) => (
        <>
          <SelectField
            label={t("leadMandate")}
            name="leadMandateId"
            options={leads}
            placeholder={t("choose")}
            error={e.leadMandateId}
            required
          />
          <SelectField
            label={t("letterType")}
            name="type"
            defaultValue={urgent ? "UA" : "AL"}
            options={(["AL", "UA", "OL"] as const).map((ty) => ({ value: ty, label: t(`letterTypes.${ty}`) }))}
            error={e.type}
            required
          />
          <SelectField
            label={t("addressee")}
            name="addressee"
            defaultValue={addressee}
            options={addressees}
            placeholder={t("choose")}
            error={e.addressee}
            required
          />
        </>
      )}
    />
  );
}

export function MarkActedUponForm(step: Step) {
  const t = useTranslations("cases");
  return <TriageForm {...step} action={markActedUponAction} button={t("markActedUpon")} testId="mark-acted-form" />;
}

export function MergeForm(step: Step) {
  const t = useTranslations("cases");
  return (
    <TriageForm
      action={mergeCaseAction}
      {...step}
      button={t("merge")}
      testId="merge-form"
      fields={(e, typed) => (
        <TextField
          label={t("mergeInto")}
          name="intoReceipt"
          help={t("mergeHelp")}
          defaultValue={typed("intoReceipt")}
          error={e.intoReceipt}
          required
        />
      )}
    />
  );
}

export function CloseForm({ mayDecline, ...step }: Step & { mayDecline: boolean }) {
  const t = useTranslations("cases");
  return (
    <TriageForm
      action={closeCaseAction}
      {...step}
      button={t("closeButton")}
      testId="close-form"
      fields={(e, typed) => (
        <>
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium">{t("closeHow")}</legend>
            {(mayDecline ? (["DECLINED", "CLOSED"] as const) : (["CLOSED"] as const)).map((c, i) => (
              <label key={c} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name="closure"
                  value={c}
                  defaultChecked={typed("closure") ? typed("closure") === c : i === 0}
                  className="mt-1 size-4"
                />
                <span>{t(`closures.${c}`)}</span>
              </label>
            ))}
          </fieldset>
          <TextArea label={t("closeNote")} name="note" help={t("closeNoteHelp")} defaultValue={typed("note")} error={e.note} rows={3} />
        </>
      )}
    />
  );
}

export function NoteForm(step: Step) {
  const t = useTranslations("cases");
  return (
    <TriageForm
      action={addCaseNoteAction}
      {...step}
      button={t("addNote")}
      testId="note-form"
      fields={(e, typed) => <TextArea label={t("note")} name="text" defaultValue={typed("text")} error={e.text} rows={3} required />}
    />
  );
}
