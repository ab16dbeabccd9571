import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { loadOr404 } from "@/lib/core/load-or-404";
import { pageSchema } from "@/lib/core/pagination";
import { getPublicCall, respondentLabel } from "@/lib/questionnaires/find-public-calls";
import { CallMeta } from "@/components/questionnaires/call-meta";
import { QuestionList } from "@/components/questionnaires/question-list";
import { AnswerView } from "@/components/questionnaires/answer-view";
import { Pagination } from "@/components/ui/pagination";
import { AnswerWays } from "@/components/questionnaires/answer-ways";
import { getActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** One call: its purpose and questions; after the deadline, the answers their authors allowed to be published (R12). */
export default async function PublicCall({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { id } = await params;
  const page = pageSchema.parse((await searchParams).page);
  const at = now();
  const call = await loadOr404(() => getPublicCall({ questionnaireId: id, now: at, answersPage: page }));
  if (!call) notFound();
  const [t, locale, actor] = await Promise.all([getTranslations("questionnaires"), getLocale(), getActor()]);
  const open = call.status === "OPEN" && call.deadline > at;
  return (
    <article className="space-y-6">
      <h1>{call.title}</h1>
      <CallMeta call={call} />
      <p className="max-w-3xl whitespace-pre-wrap">{call.purpose}</p>
      {open && <AnswerWays call={call} actor={actor} />}
      <section aria-labelledby="questions-h" className="space-y-2">
        <h2 id="questions-h">{t("questions")}</h2>
        <QuestionList questions={call.questions} />
      </section>
      <section aria-labelledby="answers-h" className="space-y-3">
        <h2 id="answers-h">{t("publishedAnswers")}</h2>
        {call.deadline > at ? (
          <p>{t("answersAfterDeadline")}</p>
        ) : call.answers.length === 0 ? (
          <p>{t("noPublishedAnswers")}</p>
        ) : (
          <>
            <p>{t("publishedCount", { count: call.answerCount })}</p>
            {call.answers.map((a) => (
              <section
                key={a.id}
                className="space-y-2 rounded border border-slate-200 p-4"
                data-testid="published-answer"
                aria-label={respondentLabel(a.respondent, locale)}
              >
                <h3>{respondentLabel(a.respondent, locale)}</h3>
                <AnswerView questions={call.questions} answers={a.answers as Record<string, string | string[]>} files={a.attachments} />
              </section>
            ))}
            <Pagination page={page} pages={call.answerPages} basePath={`/calls-for-input/${call.id}`} />
          </>
        )}
      </section>
    </article>
  );
}
