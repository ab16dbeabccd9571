import { getTranslations } from "next-intl/server";
import type { VisitRequestDetail } from "@/lib/visits/get-visit-request";
import { answerVisitAction } from "@/lib/visits/actions";
import { VisitTimeline } from "./visit-timeline";
import { AnswerForm } from "./answer-form";
import { VisitHeader } from "./workspace/visit-header";
import { RequesterActions } from "./workspace/requester-actions";
import { InvitationAnswer } from "./workspace/invitation-answer";
import { StatementSection } from "./workspace/statement-section";
import { ReportSection } from "./workspace/report-section";

/**
 * One visit request in a workspace (holder, State or secretariat): what happened, the visit, the report,
 * and the forms the actor may use. Everything it shows comes in `r` (getVisitRequest); the sections
 * only render, and each form's action decides on the server who may use it.
 */
export async function VisitWorkspace({ r }: { r: VisitRequestDetail }) {
  const t = await getTranslations("visits");
  const sec = r.may.onBehalf;
  const v = r.visit;
  return (
    <div className="space-y-8">
      <VisitHeader r={r} />
      {r.may.answer.length > 0 && (
        <section aria-labelledby="answer-h" className="space-y-2 rounded border border-slate-300 p-4">
          <h2 id="answer-h">{sec ? t("recordAnswer") : t("answer")}</h2>
          <p className="text-sm text-slate-700">{sec ? t("recordAnswerHelp") : t("answerHelp")}</p>
          <AnswerForm action={answerVisitAction} visitRequestId={r.id} kinds={r.may.answer} onBehalf={sec} />
        </section>
      )}
      <InvitationAnswer r={r} />
      <RequesterActions r={r} />
      {v && (r.status === "SCHEDULED" || r.status === "COMPLETED") && <StatementSection r={r} v={v} />}
      {v && (r.status === "COMPLETED" || v.reports.length > 0) && <ReportSection r={r} v={v} />}
      <VisitTimeline events={r.events} showVisibility={r.may.requester} />
    </div>
  );
}
