"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { saveResponseAction } from "@/lib/questionnaires/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormMessage } from "@/components/ui/form-message";
import { QuestionInput } from "./question-input";

type Question = { id: string; position: number; kind: string; text: string; choices: string[]; required: boolean };
type File = { id: string; fileName: string };

/**
 * The respondent's answer: saved as a draft as often as needed, files included, then submitted once.
 * Nothing typed is lost on an error; files already saved are listed and can be removed from a draft.
 */
export function AnswerForm({
  questionnaireId,
  questions,
  answers,
  files,
  mayPublish,
}: {
  questionnaireId: string;
  questions: Question[];
  answers: Record<string, string | string[]>;
  files: File[];
  mayPublish: boolean;
}) {
  const t = useTranslations("questionnaires");
  const { state, pending, formRef, onSubmit } = useActionForm(saveResponseAction, {
    // Submitted, the form gives way to the receipt: the page then says it, with the receipt number.
    confirmation: (r) => {
      const number = r.data && typeof r.data === "object" ? (r.data as { receipt: string | null }).receipt : null;
      return number ? t("submittedMessage", { receipt: number }) : t("draftSaved");
    },
  });
  const intent = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const e = state.fieldErrors ?? {};
  const byId = new Map(files.map((f) => [f.id, f]));
  const receipt = state.ok && state.data && typeof state.data === "object" ? (state.data as { receipt: string | null }).receipt : null;
  // Files are saved with the draft: clear the pickers so the next save does not send them again.
  useEffect(() => {
    if (state.ok)
      formRef.current?.querySelectorAll<HTMLInputElement>('input[type="file"], input[name="removeAttachmentIds"]').forEach((i) => {
        if (i.type === "file") i.value = "";
        else i.checked = false;
      });
  }, [state, formRef]);
  const message = state.ok ? (receipt ? t("submittedMessage", { receipt }) : t("draftSaved")) : state.message;
  return (
    <form
      ref={formRef}
      onSubmit={(ev) => {
        dialog.current?.close();
        onSubmit(ev);
      }}
      className="max-w-3xl space-y-5"
      noValidate
      encType="multipart/form-data"
    >
      <FormMessage tone={state.ok ? "success" : "error"} message={message} />
      <input type="hidden" name="questionnaireId" value={questionnaireId} />
      <input ref={intent} type="hidden" name="intent" defaultValue="save" />
      {questions.map((q) => {
        const id = `answer-${q.id}`;
        const error = e[`answer.${q.id}`]?.[0];
        const described = error ? `${id}-error` : undefined;
        const label = `${q.position}. ${q.text}`;
        const value = answers[q.id];
        const errorLine = error && (
          <p id={`${id}-error`} className="text-sm text-red-700">
            {error}
          </p>
        );
        const req = q.required && (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        );
        if (q.kind === "FILE_UPLOAD") {
          const saved = (Array.isArray(value) ? value : []).map((fid) => byId.get(fid)).filter((f): f is File => !!f);
          return (
            <div key={q.id} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium">
                {label}
                {req}
              </label>
              {saved.length > 0 && (
                <ul className="space-y-1 text-sm" aria-label={t("savedFiles")}>
                  {saved.map((f) => (
                    <li key={f.id} className="flex flex-wrap items-center gap-3">
                      <a href={`/api/calls-for-input/files/${f.id}`}>{f.fileName}</a>
                      <label className="flex items-center gap-1">
                        <input type="checkbox" name="removeAttachmentIds" value={f.id} className="size-4" />{" "}
                        {t("removeFile", { name: f.fileName })}
                      </label>
                    </li>
                  ))}
                </ul>
              )}
              <input
                id={id}
                name={`file.${q.id}`}
                type="file"
                multiple
                accept=".pdf,.docx,.odt,.xlsx,.ods,.png,.jpg,.jpeg"
                className="block text-sm"
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-help${described ? ` ${described}` : ""}`}
              />
              <p id={`${id}-help`} className="text-sm text-slate-600">
                {t("filesHelp")}
              </p>
              {errorLine}
            </div>
          );
        }
        return <QuestionInput key={q.id} q={q} value={value} error={error} />;
      })}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="mayPublish" defaultChecked={mayPublish} className="mt-1 size-4" />
        <span>{t("mayPublish")}</span>
      </label>
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          className="btn-secondary"
          disabled={pending}
          onClick={() => {
            intent.current!.value = "save";
          }}
        >
          {t("saveDraft")}
        </button>
        <button type="button" className="btn-primary" disabled={pending} onClick={() => dialog.current?.showModal()}>
          {t("submit")}
        </button>
      </div>
      <dialog ref={dialog} className="m-auto max-w-md rounded p-6 shadow-xl backdrop:bg-black/40">
        <p className="mb-4">{t("confirmSubmit")}</p>
        <div className="flex gap-3">
          <button
            type="submit"
            className="btn-primary"
            onClick={() => {
              intent.current!.value = "submit";
            }}
          >
            {t("submit")}
          </button>
          <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
        </div>
      </dialog>
    </form>
  );
}
