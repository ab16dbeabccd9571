import type { PublicReport } from "../reports/get-public-report";
import { isLate } from "../reports/rules";
import { byLocale } from "../i18n/localized";

// A public report (R19) as the open data gives it: the public view of lib/reports/get-public-report.ts
// (documents only once published, the summary only once its publication instant has come), mapped
// field by field — nothing else of the row leaves.

/** A date-only column as its calendar day, "YYYY-MM-DD" (stored at UTC midnight). */
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function reportToJson(r: PublicReport, now: Date) {
  return {
    id: r.id,
    symbol: r.symbol,
    title: r.title,
    kind: r.kind,
    body: r.body,
    session: r.councilSession,
    dueAt: day(r.dueAt),
    submittedAt: day(r.submittedAt),
    publishedAt: r.publishedAt,
    presentedAt: day(r.presentedAt),
    dueStatus: r.dueStatus,
    late: isLate(r, now),
    mandate: { slug: r.mandate.slug, titles: byLocale(r.mandate, "title") },
    state: r.visit ? { iso3: r.visit.state.iso3, names: byLocale(r.visit.state, "name") } : null,
    themes: r.themes.map((t) => t.slug),
    summary: r.summary,
    summaryPublishedAt: r.summaryPublishedAt,
    documents: r.documents.map((d) => ({ language: d.language, size: d.size, url: `/api/reports/documents/${d.id}` })),
    pageUrl: `/reports/${r.id}`,
  };
}
export type ApiReport = ReturnType<typeof reportToJson>;
