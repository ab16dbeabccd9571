// "Facts and figures" of a year as CSV: one line per figure, with the year before beside it and the
// public list of the records it counts. Stable machine names (issue 15, item 6), documented in the
// OpenAPI description; the same RFC 4180 writer and formula guard as every other export.
import { BOM, csvLine } from "../core/csv";
import type { FactsAndFigures } from "./get-facts-and-figures";
import { factRows, type FactRow } from "./facts-rows";

export const FACTS_CSV_COLUMNS = [
  "year",
  "section",
  "figure",
  "code",
  "name",
  "value",
  "previous_year_value",
  "unit",
  "records_url",
] as const;

export const FACTS_CSV_COLUMN_MEANINGS: Record<(typeof FACTS_CSV_COLUMNS)[number], string> = {
  year: "the Geneva calendar year of the figures",
  section:
    "communications, visits, standingInvitations, neverVisited, reprisals (the public register only), calls (calls for input) or caseSubmissions",
  figure:
    "what is counted, e.g. sent, sentByType, replyPeriodEnded, replyRate, requested, carriedOut, inForce, effective, publicEntriesByRegion",
  code: "what the line is about when a figure has several lines: a type (AL, UA, OL), a State's ISO 3166 alpha-3 code, a mandate's slug or a regional group",
  name: "the State's name or the mandate's title in English, empty otherwise",
  value:
    "the figure for the year: a count, a share between 0 and 1, or a number of days; a reply rate and the median time count only the letters whose reply period had ended (the replyPeriodEnded lines), a letter answered early within its period is only in sent and replied",
  previous_year_value: "the same figure for the year before, empty when it has none",
  unit: "count, share or days",
  records_url: "the path, on this portal, of the public list of the records the figure counts; empty when they are not public",
};

const number = (v: number | null) => (v === null ? "" : Number.isInteger(v) ? v : Math.round(v * 10_000) / 10_000);

function englishName(row: FactRow): string {
  if (row.subject?.kind === "state") return row.subject.names.nameEn;
  if (row.subject?.kind === "mandate") return row.subject.names.titleEn;
  return "";
}

export function factsCsv(facts: FactsAndFigures): string {
  const lines = [BOM + csvLine([...FACTS_CSV_COLUMNS])];
  for (const row of factRows(facts)) {
    lines.push(
      csvLine([
        facts.year,
        row.section,
        row.figure,
        row.subject?.code ?? "",
        englishName(row),
        number(row.current),
        number(row.previous),
        row.unit,
        row.href ?? "",
      ]),
    );
  }
  return lines.join("");
}
