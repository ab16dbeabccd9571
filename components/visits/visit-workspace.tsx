import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { VisitRequestDetail } from "@/lib/visits/get-visit-request";
import { getThemeChoices } from "@/lib/visits/find-visit-requests";
import { statementEditable } from "@/lib/visits/statement-rules";
import { STATEMENT_GUIDELINE } from "@/lib/visits/statement-rules";
import { ACCEPT_ATTRIBUTE } from "@/lib/files/allowed-types";
import { localized } from "@/lib/i18n/localized";
import { renderMarkdown } from "@/lib/core/markdown";
import {
  answerVisitAction, holderCivilSocietyAction, holderRecommendationAction, holderReportAction, holderRequestAction, holderScheduleAction,
  holderStatementAction, holderStepAction, recommendationStatusAction, recordAnswerAction, secretariatCivilSocietyAction,
  secretariatRecommendationAction, secretariatReportAction, secretariatRequestAction, secretariatScheduleAction, secretariatStatementAction,
  secretariatStepAction,
} from "@/lib/visits/actions";
import { ActionButton } from "@/components/communications/action-button";
import { VisitForm } from "./visit-form";
import { VisitTimeline } from "./visit-timeline";
import { AnswerForm } from "./answer-form";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";

/** One visit request in a workspace: what happened, the visit, the report, and the forms the actor may use. */
export async function VisitWorkspace({ r }: { r: VisitRequestDetail }) {
  const [t, format, locale] = await Promise.all([getTranslations("visits"), getFormatter(), getLocale()]);
  const sec = r.may.onBehalf;
  const A = {
    request: sec ? secretariatRequestAction : holderRequestAction,
    schedule: sec ? secretariatScheduleAction : holderScheduleAction,
    statement: sec ? secretariatStatementAction : holderStatementAction,
    step: sec ? secretariatStepAction : holderStepAction,
    civil: sec ? secretariatCivilSocietyAction : holderCivilSocietyAction,
    report: sec ? secretariatReportAction : holderReportAction,
    recommendation: sec ? secretariatRecommendationAction : holderRecommendationAction,
  };
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const moment = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const geneva = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: GENEVA_TIME_ZONE });
  const hidden = { visitRequestId: r.id };
  const v = r.visit;
  const visitOn = v && (r.status === "SCHEDULED" || r.status === "COMPLETED");
  const themes = r.may.report && v?.reports.length ? await getThemeChoices() : [];
  const cancel = t("cancel");
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1>{t("detailHeading", { state: localized(r.state, "name", locale) })}</h1>
        <p className="text-slate-700">{localized(r.mandate, "title", locale)}</p>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("status")}</dt><dd data-testid="visit-status">{t(`statuses.${r.status}` as never)}</dd>
          <dt className="font-medium">{t("requestedAt")}</dt><dd>{r.requestedAt ? moment(r.requestedAt) : t("notSent")}</dd>
          <dt className="font-medium">{t("purpose")}</dt><dd className="whitespace-pre-line">{r.purpose}</dd>
          <dt className="font-medium">{t("proposedPeriods")}</dt><dd>{r.proposedPeriods ?? "—"}</dd>
          {r.stateProposedStart && (
            <><dt className="font-medium">{t("stateDates")}</dt>
              <dd data-testid="state-dates">{day(r.stateProposedStart)}{r.stateProposedEnd ? ` – ${day(r.stateProposedEnd)}` : ""}</dd></>
          )}
          {r.declineReason && <><dt className="font-medium">{t("declineReason")}</dt><dd>{r.declineReason}</dd></>}
          {visitOn && <><dt className="font-medium">{t("visitDates")}</dt><dd data-testid="visit-dates">{day(v.startDate)} – {day(v.endDate)}</dd></>}
        </dl>
      </header>

      {r.may.answer.length > 0 && (
        <section aria-labelledby="answer-h" className="space-y-2 rounded border border-slate-300 p-4">
          <h2 id="answer-h">{sec ? t("recordAnswer") : t("answer")}</h2>
          <p className="text-sm text-slate-700">{sec ? t("recordAnswerHelp") : t("answerHelp")}</p>
          <AnswerForm action={sec ? recordAnswerAction : answerVisitAction} visitRequestId={r.id} kinds={r.may.answer} onBehalf={sec} />
        </section>
      )}

      {r.may.requesterActions.length > 0 && (
        <section aria-labelledby="actions-h" className="space-y-4">
          <h2 id="actions-h">{t("actions")}</h2>
          {r.may.requesterActions.includes("acceptProposedDates") && r.stateProposedStart && (
            <ActionButton action={A.request} fields={{ ...hidden, action: "acceptProposedDates" }} label={t("acceptProposedDates")}
              confirm={t("confirmAcceptDates")} confirmLabel={t("acceptProposedDates")} cancelLabel={cancel} />
          )}
          {r.may.requesterActions.includes("schedule") && (
            <VisitForm action={A.schedule} hidden={hidden} submit={t("schedule")} testId="schedule-form"
              fields={[{ kind: "date", name: "start", label: t("start"), required: true }, { kind: "date", name: "end", label: t("end"), required: true }]} />
          )}
          {r.may.requesterActions.includes("send") && <ActionButton action={A.request} fields={{ ...hidden, action: "send" }} label={t("send")} />}
          {r.may.requesterActions.includes("remind") && (
            <ActionButton action={A.request} fields={{ ...hidden, action: "remind" }} label={t("remind")} tone="secondary" comment={{ label: t("reminderNote") }} />
          )}
          {r.may.requesterActions.includes("complete") && <ActionButton action={A.request} fields={{ ...hidden, action: "complete" }} label={t("complete")} tone="secondary" />}
          {r.may.requesterActions.includes("withdraw") && (
            <ActionButton action={A.request} fields={{ ...hidden, action: "withdraw" }} label={t("withdraw")} tone="danger"
              confirm={t("confirmWithdraw")} confirmLabel={t("withdraw")} cancelLabel={cancel} />
          )}
        </section>
      )}

      {visitOn && (
        <section aria-labelledby="statement-h" className="space-y-3">
          <h2 id="statement-h">{t("statement")}</h2>
          <p className="text-sm text-slate-700">{t("statementRule")}</p>
          {v.guideline && (
            <p data-testid="word-count" className={v.guideline.within ? "text-sm" : "rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-900"} role={v.guideline.within ? undefined : "note"}>
              {t("wordCount", { count: v.guideline.words })}
              {!v.guideline.within && <> — {t(v.guideline.tooShort ? "tooShort" : "tooLong", { min: STATEMENT_GUIDELINE.min, max: STATEMENT_GUIDELINE.max })}</>}
            </p>
          )}
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">{t("sharedAt")}</dt><dd data-testid="shared-at">{v.statementSharedWithStateAt ? `${moment(v.statementSharedWithStateAt)} (${geneva(v.statementSharedWithStateAt)} ${t("genevaTime")})` : "—"}</dd>
            <dt className="font-medium">{t("debriefingAt")}</dt><dd data-testid="debriefing-at">{v.debriefingAt ? moment(v.debriefingAt) : "—"}</dd>
            <dt className="font-medium">{t("publishedAt")}</dt><dd data-testid="published-at">{v.statementPublishedAt ? moment(v.statementPublishedAt) : "—"}</dd>
          </dl>
          {v.endOfMissionStatement && (
            <details className="rounded border border-slate-200 p-3">
              <summary>{t("readStatement")}</summary>
              <div className="prose mt-2 max-w-none" dangerouslySetInnerHTML={{ __html: renderMarkdown(v.endOfMissionStatement) }} />
            </details>
          )}
          {r.may.requester && statementEditable(v) && (
            <VisitForm action={A.statement} hidden={hidden} submit={t("saveStatement")} testId="statement-form" resetOnSuccess={false}
              fields={[
                { kind: "textarea", name: "text", label: t("statementText"), rows: 10, help: t("statementTextHelp", { min: STATEMENT_GUIDELINE.min, max: STATEMENT_GUIDELINE.max }), defaultValue: v.endOfMissionStatement ?? "" },
                { kind: "file", name: "documents", label: t("statementFile"), accept: ACCEPT_ATTRIBUTE, help: t("statementFileHelp") },
              ]} />
          )}
          {r.may.requester && (
            <div className="flex flex-wrap gap-4">
              {!v.statementSharedWithStateAt && (
                <ActionButton action={A.step} fields={{ ...hidden, step: "shareStatement" }} label={t("shareStatement")}
                  confirm={t("confirmShare")} confirmLabel={t("shareStatement")} cancelLabel={cancel} />
              )}
              {!v.debriefingAt && <ActionButton action={A.step} fields={{ ...hidden, step: "recordDebriefing" }} label={t("recordDebriefing")} tone="secondary" />}
              {!v.statementPublishedAt && (
                <ActionButton action={A.step} fields={{ ...hidden, step: "publishStatement" }} label={t("publishStatement")}
                  confirm={t("confirmPublish")} confirmLabel={t("publishStatement")} cancelLabel={cancel} />
              )}
            </div>
          )}
          {r.may.requester && (
            <details className="rounded border border-slate-200 p-3">
              <summary>{t("civilSociety")}</summary>
              <p className="text-sm text-slate-700">{t("civilSocietyHelp")}</p>
              <VisitForm action={A.civil} hidden={hidden} submit={t("recordCivilSociety")} testId="civil-society-form"
                fields={[{ kind: "textarea", name: "note", label: t("civilSocietyNote"), required: true, rows: 3 }]} />
            </details>
          )}
        </section>
      )}

      {v && (r.status === "COMPLETED" || v.reports.length > 0) && (
        <section aria-labelledby="report-h" className="space-y-3">
          <h2 id="report-h">{t("report")}</h2>
          {v.delayDays !== null && <p data-testid="delay">{t("delayText", { count: v.delayDays })}</p>}
          {v.reports.map((rep) => (
            <div key={rep.id} className="space-y-2">
              <p><span className="font-mono">{rep.symbol}</span> — {rep.title}</p>
              <p className="text-sm text-slate-700">
                {t("submittedAt")}: {rep.submittedAt ? day(rep.submittedAt) : "—"} · {t("session")}: {rep.councilSession ?? "—"} · {t("presentedAt")}: {rep.presentedAt ? day(rep.presentedAt) : "—"} · {rep.publishedAt ? t("reportPublished") : t("reportNotPublished")}
              </p>
              <h3>{t("recommendations")}</h3>
              {rep.recommendations.length === 0 ? <p>{t("noRecommendations")}</p> : (
                <ul className="space-y-3">
                  {rep.recommendations.map((rec) => (
                    <li key={rec.id} className="rounded border border-slate-200 p-3" data-testid="recommendation">
                      <p>{rec.text}</p>
                      <p className="text-sm text-slate-700">
                        {rec.themes.map((x) => localized(x.theme, "name", locale)).join(", ") || t("noThemes")} · {t(`implementation.${rec.status}` as never)}
                        {rec.statusUpdatedAt && <> ({moment(rec.statusUpdatedAt)})</>}
                      </p>
                      {rec.statusEvidence && <p className="text-sm">{t("evidence")}: {rec.statusEvidence}</p>}
                      {rec.mayUpdate && (
                        <details>
                          <summary>{t("updateFollowUp")}</summary>
                          <VisitForm action={recommendationStatusAction} hidden={{ recommendationId: rec.id }} submit={t("saveFollowUp")}
                            fields={[
                              { kind: "select", name: "status", label: t("implementationStatus"), required: true, defaultValue: rec.status,
                                options: ["NOT_STARTED", "IN_PROGRESS", "PARTIALLY_IMPLEMENTED", "IMPLEMENTED", "NOT_IMPLEMENTED", "UNKNOWN"].map((s) => ({ value: s, label: t(`implementation.${s}` as never) })) },
                              { kind: "textarea", name: "evidence", label: t("evidence"), required: true, rows: 3 },
                            ]} />
                        </details>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {r.may.report && (
                <details>
                  <summary>{t("addRecommendation")}</summary>
                  <VisitForm action={A.recommendation} hidden={hidden} submit={t("addRecommendation")}
                    fields={[
                      { kind: "textarea", name: "text", label: t("recommendationText"), required: true, rows: 3 },
                      { kind: "select", name: "themeIds", label: t("themes"), multiple: true, help: t("themesHelp"),
                        options: themes.map((x) => ({ value: x.id, label: x.sdgNumber ? `SDG ${x.sdgNumber} — ${localized(x, "name", locale)}` : localized(x, "name", locale) })) },
                    ]} />
                </details>
              )}
            </div>
          ))}
          {r.may.report && r.status === "COMPLETED" && (
            <details open={v.reports.length === 0}>
              <summary>{v.reports.length ? t("editReport") : t("recordReport")}</summary>
              <VisitForm action={A.report} hidden={hidden} submit={t("saveReport")} testId="report-form" resetOnSuccess={false}
                fields={[
                  { kind: "text", name: "symbol", label: t("symbol"), required: true, help: t("symbolHelp"), defaultValue: v.reports[0]?.symbol },
                  { kind: "text", name: "title", label: t("reportTitle"), required: true, defaultValue: v.reports[0]?.title },
                  { kind: "date", name: "submittedAt", label: t("submittedAt"), defaultValue: v.reports[0]?.submittedAt?.toISOString().slice(0, 10) },
                  { kind: "number", name: "councilSession", label: t("session"), defaultValue: v.reports[0]?.councilSession?.toString() },
                  { kind: "date", name: "presentedAt", label: t("presentedAt"), defaultValue: v.reports[0]?.presentedAt?.toISOString().slice(0, 10) },
                  ...(v.reports[0]?.publishedAt ? [] : [{ kind: "checkbox" as const, name: "publish", value: "true", label: t("publishReport") }]),
                ]} />
            </details>
          )}
        </section>
      )}

      <VisitTimeline events={r.events} showVisibility={r.may.requester} />
    </div>
  );
}
