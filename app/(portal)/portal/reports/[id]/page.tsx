import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getReport } from "@/lib/reports/get-report";
import { reportFormChoices } from "@/lib/reports/report-form-data";
import { themeOptions } from "@/lib/reports/theme-options";
import { loadOr404 } from "@/lib/core/load-or-404";
import { genevaDate } from "@/lib/core/geneva";
import { LANGUAGE_NAMES, type ReportLanguage } from "@/lib/reports/constants";
import { ReportSummaryCard } from "@/components/reports/report-summary-card";
import { ReportForm } from "@/components/reports/report-form";
import { ScheduleForm } from "@/components/reports/schedule-form";
import { SummaryForm } from "@/components/reports/summary-form";
import { DocumentForm } from "@/components/reports/document-form";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** R19: one report as its holder or the secretariat keeps it: details, session, documents, summary. */
export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("report:manage", `/portal/reports/${id}`);
  const r = await loadOr404(() => getReport({ actor, reportId: id }));
  if (!r) notFound();
  const [t, locale, choices] = await Promise.all([getTranslations("reports"), getLocale(), reportFormChoices({ actor })]);
  return (
    <div className="space-y-8">
      <ReportSummaryCard report={r} />
      {r.maySchedule && (
        <section aria-labelledby="schedule-h" className="space-y-3">
          <h2 id="schedule-h">{t("scheduleHeading")}</h2>
          <p className="text-sm text-slate-700">{t("scheduleIntro")}</p>
          <ScheduleForm
            reportId={r.id}
            initial={{ body: r.body, councilSession: r.councilSession?.toString() ?? "", dueAt: day(r.dueAt) }}
          />
        </section>
      )}
      <section aria-labelledby="summary-h" className="space-y-3">
        <h2 id="summary-h">{t("summaryHeading")}</h2>
        <SummaryForm reportId={r.id} summary={r.summary ?? ""} isPublic={r.summaryPublishedAt !== null} />
      </section>
      <section aria-labelledby="documents-h" className="space-y-3">
        <h2 id="documents-h">{t("documentsHeading")}</h2>
        {r.documents.length === 0 ? (
          <p>{t("noDocuments")}</p>
        ) : (
          <ul className="list-disc ps-6" data-testid="report-documents">
            {r.documents.map((d) => (
              <li key={d.id}>
                <a href={`/api/reports/documents/${d.id}`} lang={d.language ?? undefined} className="underline">
                  {LANGUAGE_NAMES[d.language as ReportLanguage] ?? d.fileName}
                </a>{" "}
                <span className="text-sm text-slate-700">({d.fileName})</span>
              </li>
            ))}
          </ul>
        )}
        <DocumentForm reportId={r.id} />
      </section>
      <section aria-labelledby="details-h" className="space-y-3">
        <h2 id="details-h">{t("detailsHeading")}</h2>
        <ReportForm
          initial={{
            reportId: r.id,
            symbol: r.symbol,
            title: r.title,
            kind: r.kind,
            themeIds: r.themes.map((x) => x.themeId),
            submittedAt: day(r.submittedAt),
            publishedAt: r.publishedAt ? genevaDate(r.publishedAt) : "",
            presentedAt: day(r.presentedAt),
          }}
          themes={themeOptions(choices.themes, locale)}
        />
      </section>
    </div>
  );
}
