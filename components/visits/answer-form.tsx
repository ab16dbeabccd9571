"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/server/action";
import { ACCEPT_ATTRIBUTE } from "@/lib/files/allowed-types";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { FormMessage } from "@/components/ui/form-message";

/** The State's answer (or the secretariat's record of one): the fields follow the kind of answer chosen. */
export function AnswerForm<T>({
  action,
  visitRequestId,
  kinds,
  onBehalf,
}: {
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  visitRequestId: string;
  kinds: string[];
  onBehalf: boolean;
}) {
  const t = useTranslations("visits");
  const { state, pending, formRef, onSubmit } = useActionForm(action, { resetOnSuccess: true });
  const kept = (name: string) => {
    const v = state.ok ? undefined : state.values?.[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const [kind, setKind] = useState<string>(kept("answer") ?? kinds[0] ?? "");
  const e = state.fieldErrors ?? {};
  const key = JSON.stringify(state.values ?? {});
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="max-w-3xl space-y-4"
      noValidate
      encType="multipart/form-data"
      data-testid="answer-form"
    >
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <input type="hidden" name="visitRequestId" value={visitRequestId} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t("answerKind")}</legend>
        {kinds.map((k) => (
          <div key={k} className="flex items-center gap-2">
            <input
              type="radio"
              id={`answer-${k}`}
              name="answer"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
              className="size-4"
            />
            <label htmlFor={`answer-${k}`}>{t(`answers.${k}` as never)}</label>
          </div>
        ))}
        {e.answer?.[0] && <p className="text-sm text-red-700">{e.answer[0]}</p>}
      </fieldset>
      <div key={key} className="space-y-4">
        {kind !== "decline" && (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              type="date"
              name="start"
              label={kind === "postpone" ? t("indicativeStart") : t("start")}
              required={kind === "proposeDates"}
              help={kind === "accept" ? t("acceptDatesHelp") : kind === "postpone" ? t("postponeDatesHelp") : undefined}
              error={e.start}
              defaultValue={kept("start")}
            />
            <TextField
              type="date"
              name="end"
              label={kind === "postpone" ? t("indicativeEnd") : t("end")}
              required={kind === "proposeDates"}
              error={e.end}
              defaultValue={kept("end")}
            />
          </div>
        )}
        {kind === "decline" && (
          <TextArea name="reason" label={t("reason")} required rows={3} error={e.reason} defaultValue={kept("reason")} />
        )}
        <TextArea name="note" label={t("answerNote")} rows={3} error={e.note} defaultValue={kept("note")} />
        {onBehalf && (
          <TextField
            type="date"
            name="receivedOn"
            label={t("receivedOn")}
            help={t("receivedOnHelp")}
            error={e.receivedOn}
            defaultValue={kept("receivedOn")}
          />
        )}
        <div className="space-y-1">
          <label htmlFor="answer-documents" className="block text-sm font-medium">
            {t("answerDocument")}
          </label>
          <input
            id="answer-documents"
            name="documents"
            type="file"
            multiple
            accept={ACCEPT_ATTRIBUTE}
            className="block text-sm"
            aria-invalid={e.file ? true : undefined}
          />
          {e.file?.[0] && <p className="text-sm text-red-700">{e.file[0]}</p>}
        </div>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {t("sendAnswer")}
      </button>
    </form>
  );
}
