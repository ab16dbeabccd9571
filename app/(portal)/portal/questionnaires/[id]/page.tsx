import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { loadOr404 } from "@/lib/core/load-or-404";
import { getResponseForm } from "@/lib/questionnaires/get-response-form";
import { CallMeta } from "@/components/questionnaires/call-meta";
import { AnswerForm } from "@/components/questionnaires/answer-form";
import { AnswerView } from "@/components/questionnaires/answer-view";

/** A respondent answers a call: a draft saved as often as needed, then submitted before the deadline (R12). */
export default async function AnswerCall({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("questionnaire:answer", `/portal/questionnaires/${id}`);
  const form = await loadOr404(() => getResponseForm({ actor, questionnaireId: id, now: now() }));
  if (!form) notFound();
  const [t, to, format] = await Promise.all([getTranslations("questionnaires"), getTranslations("organisations"), getFormatter()]);
  const { questionnaire: q, response } = form;
  return (
    <article className="space-y-6">
      <h1>{q.title}</h1>
      <CallMeta call={q} />
      <p className="max-w-3xl whitespace-pre-wrap">{q.purpose}</p>
      {actor.role === "STATE" && <p className="text-sm text-slate-700">{t("onBehalfOfState")}</p>}
      {actor.organisationId && <p className="text-sm text-slate-700">{to("onBehalfOfOrganisation")}</p>}
      {response?.submittedAt ? (
        <section aria-labelledby="receipt-h" className="space-y-3">
          <h2 id="receipt-h">{t("receiptHeading")}</h2>
          <p className="rounded border border-green-300 bg-green-50 p-3" data-testid="receipt">
            {t("receiptText", {
              receipt: response.receipt!,
              date: format.dateTime(response.submittedAt, { dateStyle: "long", timeStyle: "short" }),
            })}{" "}
            {response.mayPublish ? t("mayPublishYes") : t("mayPublishNo")}
          </p>
          <AnswerView questions={q.questions} answers={response.answers} files={response.attachments} />
        </section>
      ) : form.accepting ? (
        <section aria-labelledby="answer-h" className="space-y-3">
          <h2 id="answer-h">{t("yourAnswer")}</h2>
          {response && (
            <p className="text-sm text-slate-700" data-testid="draft-status">
              {t("draftSavedAt", { date: format.dateTime(response.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
            </p>
          )}
          <AnswerForm
            questionnaireId={q.id}
            questions={q.questions}
            answers={response?.answers ?? {}}
            files={response?.attachments ?? []}
            mayPublish={response?.mayPublish ?? false}
          />
        </section>
      ) : (
        <p role="status">{t("notAccepting")}</p>
      )}
    </article>
  );
}
