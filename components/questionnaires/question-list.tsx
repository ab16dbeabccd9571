import { getTranslations } from "next-intl/server";

/** The questions of a call, as read before answering. */
export async function QuestionList({
  questions,
}: {
  questions: { id: string; position: number; kind: string; text: string; choices: string[]; required: boolean }[];
}) {
  const t = await getTranslations("questionnaires");
  return (
    <ol className="list-decimal space-y-2 ps-6">
      {questions.map((q) => (
        <li key={q.id}>
          {q.text}{" "}
          <span className="text-sm text-slate-700">
            ({t(`kinds.${q.kind}` as never)}
            {q.required ? `, ${t("required")}` : ""})
          </span>
          {q.choices.length > 0 && <span className="block text-sm text-slate-700">{q.choices.join(" · ")}</span>}
        </li>
      ))}
    </ol>
  );
}
