import { getTranslations } from "next-intl/server";
import type { VisitRequestDetail } from "@/lib/visits/get-visit-request";
import { STATEMENT_GUIDELINE, statementEditable } from "@/lib/visits/statement-rules";
import { ACCEPT_ATTRIBUTE } from "@/lib/files/allowed-types";
import { renderMarkdown } from "@/lib/core/markdown";
import { civilSocietyDebriefingAction, saveStatementAction, visitStepAction } from "@/lib/visits/actions";
import { ActionButton } from "@/components/communications/action-button";
import { VisitForm } from "../visit-form";
import { visitFormats } from "./formats";

type Visit = NonNullable<VisitRequestDetail["visit"]>;

/** The end-of-mission statement (R4): its length against the guideline, sharing, debriefing, publication. */
export async function StatementSection({ r, v }: { r: VisitRequestDetail; v: Visit }) {
  const [t, { moment, geneva }] = await Promise.all([getTranslations("visits"), visitFormats()]);
  const hidden = { visitRequestId: r.id };
  const cancel = t("cancel");
  return (
    <section aria-labelledby="statement-h" className="space-y-3">
      <h2 id="statement-h">{t("statement")}</h2>
      <p className="text-sm text-slate-700">{t("statementRule")}</p>
      {v.guideline && (
        <p
          data-testid="word-count"
          className={v.guideline.within ? "text-sm" : "rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-900"}
          role={v.guideline.within ? undefined : "note"}
        >
          {t("wordCount", { count: v.guideline.words })}
          {!v.guideline.within && (
            <> — {t(v.guideline.tooShort ? "tooShort" : "tooLong", { min: STATEMENT_GUIDELINE.min, max: STATEMENT_GUIDELINE.max })}</>
          )}
        </p>
      )}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("sharedAt")}</dt>
        <dd data-testid="shared-at">
          {v.statementSharedWithStateAt
            ? `${moment(v.statementSharedWithStateAt)} (${geneva(v.statementSharedWithStateAt)} ${t("genevaTime")})`
            : "—"}
        </dd>
        <dt className="font-medium">{t("debriefingAt")}</dt>
        <dd data-testid="debriefing-at">{v.debriefingAt ? moment(v.debriefingAt) : "—"}</dd>
        <dt className="font-medium">{t("publishedAt")}</dt>
        <dd data-testid="published-at">{v.statementPublishedAt ? moment(v.statementPublishedAt) : "—"}</dd>
      </dl>
      {v.endOfMissionStatement && (
        <details className="rounded border border-slate-200 p-3">
          <summary>{t("readStatement")}</summary>
          <div className="prose mt-2 max-w-none" dangerouslySetInnerHTML={{ __html: renderMarkdown(v.endOfMissionStatement) }} />
        </details>
      )}
      {r.may.requester && statementEditable(v) && (
        <VisitForm
          action={saveStatementAction}
          hidden={hidden}
          submit={t("saveStatement")}
          testId="statement-form"
          resetOnSuccess={false}
          fields={[
            {
              kind: "textarea",
              name: "text",
              label: t("statementText"),
              rows: 10,
              help: t("statementTextHelp", { min: STATEMENT_GUIDELINE.min, max: STATEMENT_GUIDELINE.max }),
              defaultValue: v.endOfMissionStatement ?? "",
            },
            { kind: "file", name: "documents", label: t("statementFile"), accept: ACCEPT_ATTRIBUTE, help: t("statementFileHelp") },
          ]}
        />
      )}
      {r.may.requester && (
        <div className="flex flex-wrap gap-4">
          {!v.statementSharedWithStateAt && (
            <ActionButton
              action={visitStepAction}
              fields={{ ...hidden, step: "shareStatement" }}
              label={t("shareStatement")}
              confirm={t("confirmShare")}
              confirmLabel={t("shareStatement")}
              cancelLabel={cancel}
            />
          )}
          {!v.debriefingAt && (
            <ActionButton
              action={visitStepAction}
              fields={{ ...hidden, step: "recordDebriefing" }}
              label={t("recordDebriefing")}
              tone="secondary"
            />
          )}
          {!v.statementPublishedAt && (
            <ActionButton
              action={visitStepAction}
              fields={{ ...hidden, step: "publishStatement" }}
              label={t("publishStatement")}
              confirm={t("confirmPublish")}
              confirmLabel={t("publishStatement")}
              cancelLabel={cancel}
            />
          )}
        </div>
      )}
      {r.may.requester && (
        <details className="rounded border border-slate-200 p-3">
          <summary>{t("civilSociety")}</summary>
          <p className="text-sm text-slate-700">{t("civilSocietyHelp")}</p>
          <VisitForm
            action={civilSocietyDebriefingAction}
            hidden={hidden}
            submit={t("recordCivilSociety")}
            testId="civil-society-form"
            fields={[{ kind: "textarea", name: "note", label: t("civilSocietyNote"), required: true, rows: 3 }]}
          />
        </details>
      )}
    </section>
  );
}
