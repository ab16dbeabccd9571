"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

const KINDS = ["SHORT_TEXT", "LONG_TEXT", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "FILE_UPLOAD"] as const;
type Kind = (typeof KINDS)[number];
type Draft = { key: number; kind: Kind; text: string; choices: string; required: boolean };

let nextKey = 1;
const blank = (): Draft => ({ key: nextKey++, kind: "LONG_TEXT", text: "", choices: "", required: false });

/**
 * The questions of a call, edited in the browser and sent as one JSON field; the server checks each
 * question again and its errors come back under "questions.<index>.<field>".
 */
export function QuestionEditor({ errors, maxQuestions }: { errors: Record<string, string[] | undefined>; maxQuestions: number }) {
  const t = useTranslations("questionnaires");
  const [questions, setQuestions] = useState<Draft[]>(() => [blank()]);
  const update = (key: number, change: Partial<Draft>) => setQuestions((qs) => qs.map((q) => (q.key === key ? { ...q, ...change } : q)));
  const json = JSON.stringify(
    questions.map((q) => ({
      kind: q.kind,
      text: q.text,
      required: q.required,
      choices:
        q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE"
          ? q.choices
              .split("\n")
              .map((c) => c.trim())
              .filter(Boolean)
          : [],
    })),
  );
  const input = "block w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700";
  return (
    <fieldset className="space-y-4 rounded border border-slate-300 p-4">
      <legend className="px-1 font-medium">{t("questions")}</legend>
      <input type="hidden" name="questions" value={json} />
      <p className="text-sm text-slate-700" role="status" data-testid="question-count">
        {t("questionCount", { count: questions.length, max: maxQuestions })}
      </p>
      {errors.questions?.[0] && <p className="text-sm text-red-700">{errors.questions[0]}</p>}
      {questions.map((q, i) => {
        const id = `q-${q.key}`;
        const textError = errors[`questions.${i}.text`]?.[0] ?? errors[`questions.${i}.kind`]?.[0];
        const choicesError = errors[`questions.${i}.choices`]?.[0];
        return (
          <div key={q.key} className="space-y-2 rounded border border-slate-200 p-3" data-testid="question-editor">
            <p className="font-medium" id={`${id}-h`}>
              {t("questionNumber", { number: i + 1 })}
            </p>
            <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
              <div className="space-y-1">
                <label htmlFor={`${id}-kind`} className="block text-sm font-medium">
                  {t("questionKind")}
                </label>
                <select
                  id={`${id}-kind`}
                  value={q.kind}
                  onChange={(e) => update(q.key, { kind: e.target.value as Kind })}
                  className="block w-full rounded border border-slate-400 bg-white px-3 py-2"
                >
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="space-y-1">
                <label htmlFor={`${id}-text`} className="block text-sm font-medium">
                  {t("questionText", { number: i + 1 })}
                </label>
                <textarea
                  id={`${id}-text`}
                  rows={2}
                  value={q.text}
                  onChange={(e) => update(q.key, { text: e.target.value })}
                  className={input}
                  aria-invalid={textError ? true : undefined}
                  aria-describedby={textError ? `${id}-text-error` : undefined}
                />
                {textError && (
                  <p id={`${id}-text-error`} className="text-sm text-red-700">
                    {textError}
                  </p>
                )}
              </div>
            </div>
            {(q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE") && (
              <div className="space-y-1">
                <label htmlFor={`${id}-choices`} className="block text-sm font-medium">
                  {t("choices", { number: i + 1 })}
                </label>
                <textarea
                  id={`${id}-choices`}
                  rows={3}
                  value={q.choices}
                  onChange={(e) => update(q.key, { choices: e.target.value })}
                  className={input}
                  aria-invalid={choicesError ? true : undefined}
                  aria-describedby={`${id}-choices-help${choicesError ? ` ${id}-choices-error` : ""}`}
                />
                <p id={`${id}-choices-help`} className="text-sm text-slate-600">
                  {t("choicesHelp")}
                </p>
                {choicesError && (
                  <p id={`${id}-choices-error`} className="text-sm text-red-700">
                    {choicesError}
                  </p>
                )}
              </div>
            )}
            <div className="flex flex-wrap items-center gap-4">
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={q.required}
                  onChange={(e) => update(q.key, { required: e.target.checked })}
                  className="size-4"
                />
                {t("requiredQuestion", { number: i + 1 })}
              </label>
              {questions.length > 1 && (
                <button type="button" className="btn-secondary" onClick={() => setQuestions((qs) => qs.filter((x) => x.key !== q.key))}>
                  {t("removeQuestion", { number: i + 1 })}
                </button>
              )}
            </div>
          </div>
        );
      })}
      <button type="button" className="btn-secondary" onClick={() => setQuestions((qs) => [...qs, blank()])}>
        {t("addQuestion")}
      </button>
    </fieldset>
  );
}
