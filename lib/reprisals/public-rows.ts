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

/** What each column holds (stable machine names in every language: lib/open-data/csv.ts, CSV_COLUMN_MEANINGS). */
export const REPRISAL_CSV_COLUMN_MEANINGS: Record<(typeof REPRISAL_CSV_COLUMNS)[number], string> = {
  id: "the case's identifier",
  state_iso3: "the State's ISO 3166 alpha-3 code",
  state_name: "the State's name, in English",
  year: "the year the case was recorded",
  status: "where the case stands",
  summary: "its public summary, cleared for publication",
  cleared_at: "when the summary was cleared",
  sg_report_year: "the year of the Secretary-General's report on reprisals that includes it, if any",
};

export function publicReprisalCsvLine(r: PublicReprisal): string {
  const j = publicReprisalJson(r);
  return csvLine([j.id, j.state.iso3, j.state.name, j.year, j.status, j.summary, j.clearedAt, j.sgReportYear]);
}
