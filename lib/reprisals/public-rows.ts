import type { PublicReprisal } from "./find-public-reprisals";
import { csvLine } from "../open-data/csv";

// The public register as open data (JSON and CSV): built from PUBLIC_CASE_SELECT rows only, so a
// confidential field cannot appear here even by mistake — it is never read.

export function publicReprisalJson(r: PublicReprisal) {
  return {
    id: r.id,
    state: { iso3: r.state.iso3, name: r.state.nameEn },
    year: r.createdAt.getUTCFullYear(),
    status: r.status,
    summary: r.publicSummary,
    clearedAt: r.publicSummaryClearedAt?.toISOString() ?? null,
    sgReportYear: r.sgReportYear,
  };
}

export const REPRISAL_CSV_COLUMNS = [
  "id",
  "state_iso3",
  "state_name",
  "year",
  "status",
  "summary",
  "cleared_at",
  "sg_report_year",
] as const;

export function publicReprisalCsvLine(r: PublicReprisal): string {
  const j = publicReprisalJson(r);
  return csvLine([j.id, j.state.iso3, j.state.name, j.year, j.status, j.summary, j.clearedAt, j.sgReportYear]);
}
