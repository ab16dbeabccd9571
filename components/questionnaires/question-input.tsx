type Question = { id: string; position: number; kind: string; text: string; choices: string[]; required: boolean };

/**
 * One question's input other than a file (the answer form of a signed-in respondent, which adds file
 * questions itself, and the form of a person without an account): a text field, or the choices. Posted as "answer.<questionId>", what the answer's checks read
 * (lib/questionnaires/rules.ts, checkAnswers). Nothing typed is lost: `value` is what was sent.
 */
export function QuestionInput({ q, value, error }: { q: Question; value: string | string[] | undefined; error?: string | undefined }) {
  const id = `answer-${q.id}`;
  const described = error ? `${id}-error` : undefined;
  const label = `${q.position}. ${q.text}`;
  const req = q.required && (
    <span aria-hidden="true" className="text-red-700">
      {" "}
      *
    </span>
  );
  const errorLine = error && (
    <p id={`${id}-error`} className="text-sm text-red-700">
      {error}
    </p>
  );
  if (q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE") {
    const chosen = Array.isArray(value) ? value : value ? [value] : [];
    return (
      <fieldset className="space-y-1" aria-describedby={described} aria-required={q.required || undefined}>
        <legend className="text-sm font-medium">
          {label}
          {req}
        </legend>
        {q.choices.map((c) => (
          <label key={c} className="flex items-center gap-2 text-sm">
            <input
              type={q.kind === "SINGLE_CHOICE" ? "radio" : "checkbox"}
              name={`answer.${q.id}`}
              value={c}
              defaultChecked={chosen.includes(c)}
              className="size-4"
            />
            {c}
          </label>
        ))}
        {errorLine}
      </fieldset>
    );
  }
  const text = typeof value === "string" ? value : "";
  const field = "block w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700";
  const aria = { "aria-invalid": error ? true : undefined, "aria-describedby": described, "aria-required": q.required || undefined };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {req}
      </label>
      {q.kind === "SHORT_TEXT" ? (
        <input id={id} name={`answer.${q.id}`} defaultValue={text} maxLength={500} className={field} {...aria} />
      ) : (
        <textarea id={id} name={`answer.${q.id}`} defaultValue={text} rows={6} className={field} {...aria} />
      )}
      {errorLine}
    </div>
  );
}
