import { csvLine, BOM } from "../open-data/csv";
import type { AnnualVisitReportData } from "./get-annual-report";

// R9: the annual visit report as CSV, one line per request in each of the five categories, so a
// spreadsheet can filter by category. Same RFC 4180 writer and formula guard as the open-data export.

export const ANNUAL_CSV_COLUMNS = [
  "category",
  "year",
  "mandate",
  "state_iso3",
  "state",
  "requested_on",
  "status",
  "answer",
  "answered_on",
  "timeframe_start",
  "timeframe_end",
] as const;

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

export function annualReportCsv(r: AnnualVisitReportData): string {
  const lines = [BOM + csvLine([...ANNUAL_CSV_COLUMNS])];
  type Row = AnnualVisitReportData["requests"][number];
  const line = (
    category: string,
    req: Row,
    answer?: { outcome: string; answeredAt: Date; timeframe: { start: Date; end: Date | null } | null },
  ) =>
    csvLine([
      category,
      r.cycle.year,
      req.mandate.titleEn,
      req.state.iso3,
      req.state.nameEn,
      day(req.requestedAt),
      req.status,
      answer?.outcome ?? "",
      day(answer?.answeredAt),
      day(answer?.timeframe?.start),
      day(answer?.timeframe?.end),
    ]);
  for (const req of r.requests) lines.push(line("1-request", req));
  for (const g of r.statesAsked) for (const req of g.requests) lines.push(line("2-state-asked", req));
  for (const a of r.answers) lines.push(line("3-answer", a.request, a));
  for (const g of r.notAnsweredInCycle) for (const req of g.requests) lines.push(line("4-no-answer-in-cycle", req));
  for (const g of r.stillNotAnsweringEarlier) for (const req of g.requests) lines.push(line("5-still-no-answer-earlier", req));
  return lines.join("");
}
