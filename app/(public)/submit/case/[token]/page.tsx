import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getCaseByToken } from "@/lib/cases/get-case-by-token";
import { privateCaseLink } from "@/lib/cases/save-case";
import { caseStateChoices } from "@/lib/cases/form-choices";
import { CASE_TOPIC_SLUGS } from "@/lib/cases/topics";
import { MAX_CASE_FILES } from "@/lib/cases/schemas";
import { SUBMITTER_STATUSES } from "@/lib/cases/rules";
import { CaseForm, type CaseFormValues } from "@/components/cases/case-form";
import { CaseUpdateForm } from "@/components/cases/update-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  // The token is in the address: no page it links to is told where the visitor came from.
  return { title: (await getTranslations("cases"))("privateHeading"), referrer: "no-referrer" as const, robots: { index: false } };
}

/** Issue 17: the private link of a submission — its draft to finish, or its status, questions and updates. */
export default async function PrivateCasePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const found = await getCaseByToken({ token });
  if (!found) notFound();
  const locale = await getLocale();
  const [t, format] = await Promise.all([getTranslations("cases"), getFormatter()]);
  const link = (
    <p className="max-w-3xl text-sm">
      {t("keepLink")}{" "}
      <code className="break-all rounded bg-slate-100 px-1 select-all" data-testid="private-link">
        {privateCaseLink(token)}
      </code>
    </p>
  );
  if (found.kind === "draft") {
    const d = found.draft;
    const initial: CaseFormValues = {
      title: d.title,
      affected: d.affected,
      affectedCount: d.affectedCount ? String(d.affectedCount) : "",
      victims: d.victims,
      consentToName: d.consentToName,
      responsible: d.responsible,
      stateId: d.stateId ?? "",
      otherActorName: d.otherActorName ?? "",
      whatHappened: d.whatHappened,
      location: d.location,
      occurredOn: d.occurredOn ? d.occurredOn.toISOString().slice(0, 10) : "",
      ongoing: d.ongoing,
      domesticRemedies: d.domesticRemedies ?? "",
      topics: d.topics,
      confidentialParts: d.confidentialParts,
      urgent: d.urgent,
      sourceName: d.sourceName ?? "",
      sourceOrganisation: d.sourceOrganisation ?? "",
      sourceEmail: d.sourceEmail ?? "",
      sourcePhone: d.sourcePhone ?? "",
      sourceRelation: d.sourceRelation ?? "",
    };
    return (
      <div className="space-y-4">
        <h1>{t("draftHeading")}</h1>
        <p className="max-w-3xl text-slate-700" data-testid="draft-intro">
          {t("draftIntro", { date: format.dateTime(d.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
        {link}
        <CaseForm
          initial={initial}
          token={token}
          states={await caseStateChoices({ locale })}
          topics={CASE_TOPIC_SLUGS.map((s) => ({ value: s, label: t(`topics.${s}`) }))}
          existingFiles={d.attachments.map((a) => a.fileName)}
          maxFiles={MAX_CASE_FILES}
        />
      </div>
    );
  }
  const v = found.view;
  const open = v.questions.filter((q) => !q.answeredAt);
  const current = SUBMITTER_STATUSES.indexOf(v.status);
  return (
    <div className="space-y-6">
      <h1>{t("statusHeading", { receipt: v.receiptNumber })}</h1>
      <p className="max-w-3xl text-slate-700">
        {t("receivedIntro", { date: format.dateTime(v.submittedAt, { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      {link}
      <section aria-labelledby="status-h" className="space-y-2">
        <h2 id="status-h">{t("whereItStands")}</h2>
        <ol className="flex flex-wrap gap-2 text-sm">
          {SUBMITTER_STATUSES.map((s, i) => (
            <li
              key={s}
              aria-current={i === current ? "step" : undefined}
              className={`rounded border px-3 py-1 ${i === current ? "border-blue-800 bg-blue-50 font-semibold" : i < current ? "border-slate-300" : "border-slate-200 text-slate-600"}`}
            >
              {t(`submitterStatuses.${s}`)}
            </li>
          ))}
        </ol>
        <p data-testid="submitter-status">
          <strong>{t("statusLabel")}</strong> {t(`submitterStatuses.${v.status}`)}
        </p>
        <p className="max-w-3xl text-sm text-slate-700">{t(`submitterExplain.${v.status}`)}</p>
        {v.merged && <p className="max-w-3xl text-sm">{t("mergedExplain")}</p>}
        {v.closureNote && (
          <p className="max-w-3xl whitespace-pre-line">
            <strong>{v.declined ? t("declineReason") : t("noteFromSecretariat")}</strong> {v.closureNote}
          </p>
        )}
      </section>
      {v.questions.length > 0 && (
        <section aria-labelledby="questions-h" className="space-y-2">
          <h2 id="questions-h">{t("questionsHeading")}</h2>
          <ul className="max-w-3xl space-y-2">
            {v.questions.map((q) => (
              <li key={q.id} className="rounded border border-slate-300 p-3" data-testid="source-question">
                <p className="text-sm text-slate-600">
                  {format.dateTime(q.askedAt, { dateStyle: "medium" })} — {q.answeredAt ? t("answered") : t("awaitingAnswer")}
                </p>
                <p className="whitespace-pre-line">{q.question}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {v.updates.length > 0 && (
        <section aria-labelledby="updates-h" className="space-y-2">
          <h2 id="updates-h">{t("yourUpdates")}</h2>
          <ul className="list-disc ps-6 text-sm" data-testid="source-updates">
            {v.updates.map((u, i) => (
              <li key={i}>
                {t("updateSent", {
                  date: format.dateTime(u.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                  documents: u.documents,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {v.status !== "closed" && (
        <section aria-labelledby="add-h" className="space-y-2">
          <h2 id="add-h">{t("addUpdateHeading")}</h2>
          <CaseUpdateForm
            token={token}
            maxFiles={MAX_CASE_FILES}
            openQuestions={open.map((q) => ({
              id: q.id,
              label: `${format.dateTime(q.askedAt, { dateStyle: "medium" })}: ${q.question.length > 80 ? `${q.question.slice(0, 80)}…` : q.question}`,
            }))}
          />
        </section>
      )}
    </div>
  );
}
