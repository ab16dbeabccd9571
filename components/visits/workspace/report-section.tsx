import { getLocale, getTranslations } from "next-intl/server";
import type { VisitRequestDetail } from "@/lib/visits/get-visit-request";
import { localized } from "@/lib/i18n/localized";
import { themeOptions } from "@/lib/reports/theme-options";
import { addRecommendationAction, recommendationStatusAction, saveVisitReportAction } from "@/lib/visits/actions";
import { VisitForm } from "../visit-form";
import { visitFormats } from "./formats";

type Visit = NonNullable<VisitRequestDetail["visit"]>;
const IMPLEMENTATION = ["NOT_STARTED", "IN_PROGRESS", "PARTIALLY_IMPLEMENTED", "IMPLEMENTED", "NOT_IMPLEMENTED", "UNKNOWN"] as const;

/** The visit's report to the Council (R11) and the follow-up of its recommendations (R16). */
export async function ReportSection({ r, v }: { r: VisitRequestDetail; v: Visit }) {
  const [t, locale, { day, moment }] = await Promise.all([getTranslations("visits"), getLocale(), visitFormats()]);
  const hidden = { visitRequestId: r.id };
  const first = v.reports[0];
  return (
    <section aria-labelledby="report-h" className="space-y-3">
      <h2 id="report-h">{t("report")}</h2>
      {v.delayDays !== null && <p data-testid="delay">{t("delayText", { count: v.delayDays })}</p>}
      {v.reports.map((rep) => (
        <div key={rep.id} className="space-y-2">
          <p>
            <span className="font-mono">{rep.symbol}</span> — {rep.title}
          </p>
          <p className="text-sm text-slate-700">
            {t("submittedAt")}: {rep.submittedAt ? day(rep.submittedAt) : "—"} · {t("session")}: {rep.councilSession ?? "—"} ·{" "}
            {t("presentedAt")}: {rep.presentedAt ? day(rep.presentedAt) : "—"} ·{" "}
            {rep.publishedAt ? t("reportPublished") : t("reportNotPublished")}
          </p>
          <h3>{t("recommendations")}</h3>
          {rep.recommendations.length === 0 ? (
            <p>{t("noRecommendations")}</p>
          ) : (
            <ul className="space-y-3">
              {rep.recommendations.map((rec) => (
                <li key={rec.id} className="rounded border border-slate-200 p-3" data-testid="recommendation">
                  <p>{rec.text}</p>
                  <p className="text-sm text-slate-700">
                    {rec.themes.map((x) => localized(x.theme, "name", locale)).join(", ") || t("noThemes")} ·{" "}
                    {t(`implementation.${rec.status}` as never)}
                    {rec.statusUpdatedAt && <> ({moment(rec.statusUpdatedAt)})</>}
                  </p>
                  {rec.statusEvidence && (
                    <p className="text-sm">
                      {t("evidence")}: {rec.statusEvidence}
                    </p>
                  )}
                  {rec.mayUpdate && (
                    <details>
                      <summary>{t("updateFollowUp")}</summary>
                      <VisitForm
                        action={recommendationStatusAction}
                        hidden={{ recommendationId: rec.id }}
                        submit={t("saveFollowUp")}
                        fields={[
                          {
                            kind: "select",
                            name: "status",
                            label: t("implementationStatus"),
                            required: true,
                            defaultValue: rec.status,
                            options: IMPLEMENTATION.map((s) => ({ value: s, label: t(`implementation.${s}` as never) })),
                          },
                          { kind: "textarea", name: "evidence", label: t("evidence"), required: true, rows: 3 },
                        ]}
                      />
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )}
          {r.may.report && (
            <details>
              <summary>{t("addRecommendation")}</summary>
              <VisitForm
                action={addRecommendationAction}
                hidden={hidden}
                submit={t("addRecommendation")}
                fields={[
                  { kind: "textarea", name: "text", label: t("recommendationText"), required: true, rows: 3 },
                  {
                    kind: "select",
                    name: "themeIds",
                    label: t("themes"),
                    multiple: true,
                    help: t("themesHelp"),
                    options: themeOptions(r.themeChoices, locale),
                  },
                ]}
              />
            </details>
          )}
        </div>
      ))}
      {r.may.report && r.status === "COMPLETED" && (
        <details open={v.reports.length === 0}>
          <summary>{v.reports.length ? t("editReport") : t("recordReport")}</summary>
          <VisitForm
            action={saveVisitReportAction}
            hidden={hidden}
            submit={t("saveReport")}
            testId="report-form"
            resetOnSuccess={false}
            fields={[
              { kind: "text", name: "symbol", label: t("symbol"), required: true, help: t("symbolHelp"), defaultValue: first?.symbol },
              { kind: "text", name: "title", label: t("reportTitle"), required: true, defaultValue: first?.title },
              { kind: "date", name: "submittedAt", label: t("submittedAt"), defaultValue: first?.submittedAt?.toISOString().slice(0, 10) },
              { kind: "number", name: "councilSession", label: t("session"), defaultValue: first?.councilSession?.toString() },
              { kind: "date", name: "presentedAt", label: t("presentedAt"), defaultValue: first?.presentedAt?.toISOString().slice(0, 10) },
              ...(first?.publishedAt ? [] : [{ kind: "checkbox" as const, name: "publish", value: "true", label: t("publishReport") }]),
            ]}
          />
        </details>
      )}
    </section>
  );
}
