import { getTranslations } from "next-intl/server";
import type { Answers } from "@/lib/questionnaires/rules";

type Question = { id: string; position: number; kind: string; text: string };
type File = { id: string; fileName: string };

/** One respondent's answers, question by question; files link to the scoped download route. */
export async function AnswerView({ questions, answers, files }: { questions: Question[]; answers: Answers; files: File[] }) {
  const t = await getTranslations("questionnaires");
  const byId = new Map(files.map((f) => [f.id, f]));
  return (
    <dl className="space-y-3">
      {questions.map((q) => {
        const value = answers[q.id];
        let body: React.ReactNode;
        if (q.kind === "FILE_UPLOAD") {
          const list = (Array.isArray(value) ? value : []).map((id) => byId.get(id)).filter((f): f is File => !!f);
          body = list.length ? (
            <ul className="list-disc ps-6">
              {list.map((f) => (
                <li key={f.id}>
                  <a href={`/api/calls-for-input/files/${f.id}`}>{f.fileName}</a>
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-slate-600">{t("noAnswer")}</span>
          );
        } else if (Array.isArray(value)) body = value.join("; ");
        else body = value ? <span className="whitespace-pre-wrap">{value}</span> : <span className="text-slate-600">{t("noAnswer")}</span>;
        return (
          <div key={q.id}>
            <dt className="font-medium">
              {q.position}. {q.text}
            </dt>
            <dd className="mt-1">{body}</dd>
          </div>
        );
      })}
    </dl>
  );
}
