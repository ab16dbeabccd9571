import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { ManagedQuestionnaire } from "@/lib/questionnaires/get-managed-questionnaire";
import { receiptNumber } from "@/lib/questionnaires/receipt";
import { Pagination } from "@/components/ui/pagination";
import { CallMeta } from "./call-meta";
import { QuestionList } from "./question-list";
import { AnswerView } from "./answer-view";
import { ApprovalForm } from "./approval-form";
import { GuestAnswersSetting } from "./guest-answers-setting";

/** One call in a workspace: what was asked, of whom, who answered, the answers and their exports (R12). */
export async function ManagedDetail({ q, basePath, page }: { q: ManagedQuestionnaire; basePath: string; page: number }) {
  const [t, tg, locale, format] = await Promise.all([
    getTranslations("questionnaires"),
    getTranslations("guestAnswers"),
    getLocale(),
    getFormatter(),
  ]);
  const label = (r: {
    role: string;
    name: string;
    organisation: string | null;
    state: { nameEn: string; nameFr: string; nameEs: string; nameAr: string; nameZh: string; nameRu: string } | null;
  }) =>
    r.role === "STATE" && r.state
      ? localized(r.state, "name", locale)
      : r.role === "GUEST"
        ? tg("guestLabel", { name: r.name })
        : (r.organisation ?? r.name);
  const asked = q.asked.length;
  const answeredAsked = q.asked.filter((s) => s.answered).length;
  return (
    <article className="space-y-6">
      <h1>{q.title}</h1>
      <p>
        {t("statusLabel")}: <strong data-testid="status">{t(`statuses.${q.status}`)}</strong>
      </p>
      <CallMeta call={q} />
      <p className="max-w-3xl whitespace-pre-wrap">{q.purpose}</p>
      {q.exceptionJustification && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="exception-justification">
          <strong>{t("exceptionRecorded")}</strong> {q.exceptionJustification}
        </p>
      )}
      {q.canApprove && (
        <section aria-labelledby="approve-h" className="space-y-2 rounded border border-slate-300 p-4">
          <h2 id="approve-h">{t("approvalHeading")}</h2>
          <ApprovalForm questionnaireId={q.id} />
        </section>
      )}
      {q.canSetGuestAnswers && (
        <section aria-labelledby="guests-h" className="space-y-2">
          <h2 id="guests-h">{tg("settingHeading")}</h2>
          <p className="max-w-3xl text-sm text-slate-700">{tg("settingIntro")}</p>
          <GuestAnswersSetting questionnaireId={q.id} accepts={q.acceptsGuestAnswers} />
        </section>
      )}
      <section aria-labelledby="questions-h" className="space-y-2">
        <h2 id="questions-h">{t("questions")}</h2>
        <QuestionList questions={q.questions} />
      </section>
      {q.canViewAnswers && (
        <>
          <section aria-labelledby="who-h" className="space-y-2">
            <h2 id="who-h">{t("whoHeading")}</h2>
            <p data-testid="who-summary">{t("whoSummary", { answered: q.respondents.length, asked, answeredAsked })}</p>
            {asked > 0 && (
              <details>
                <summary className="cursor-pointer">{t("askedList", { count: asked })}</summary>
                <ul className="mt-2 columns-2 text-sm sm:columns-3">
                  {q.asked.map((s) => (
                    <li key={s.id}>
                      {localized(s, "name", locale)} — {s.answered ? t("hasAnswered") : t("notAnswered")}
                    </li>
                  ))}
                </ul>
              </details>
            )}
            {q.respondents.length > 0 && (
              <ul className="list-disc ps-6 text-sm" data-testid="respondents">
                {q.respondents.map((r) => (
                  <li key={r.id}>
                    {label(r.respondent)} ·{" "}
                    {r.submittedAt ? format.dateTime(r.submittedAt, { dateStyle: "medium", timeStyle: "short" }) : ""}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="answers-h" className="space-y-3">
            <h2 id="answers-h">{t("answersHeading")}</h2>
            <p>
              <a href={`/api/calls-for-input/${q.id}/answers.csv`} download>
                {t("exportCsv")}
              </a>
              {" · "}
              <a href={`/api/calls-for-input/${q.id}/files.zip`} download>
                {t("exportZip")}
              </a>
            </p>
            {q.answers.length === 0 ? (
              <p>{t("noAnswersYet")}</p>
            ) : (
              q.answers.map((a) => (
                <section
                  key={a.id}
                  className="space-y-2 rounded border border-slate-200 p-4"
                  data-testid="answer"
                  aria-label={label(a.respondent)}
                >
                  <h3>{label(a.respondent)}</h3>
                  <p className="text-sm text-slate-700">
                    {a.respondent.name} · {a.respondent.email} · {t("receipt")} {receiptNumber(a.id)} ·{" "}
                    {a.mayPublish ? t("mayPublishYes") : t("mayPublishNo")}
                  </p>
                  <AnswerView questions={q.questions} answers={a.answers} files={a.attachments} />
                </section>
              ))
            )}
            <Pagination page={page} pages={q.answerPages} basePath={`${basePath}/${q.id}`} />
          </section>
        </>
      )}
    </article>
  );
}
