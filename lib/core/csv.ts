import { stringify } from "csv-stringify/sync";

// The one CSV writer (csv-stringify): RFC 4180 — comma, CRLF, quotes doubled, a field quoted when it
// holds a comma, a quote or any line break — with the library's guard against formula injection (a
// text cell starting with = + - @, tab or CR gets a leading '; numbers are left as they are). Files
// start with a byte-order mark so that spreadsheet programs read UTF-8 accents correctly.

export const BOM = "\uFEFF";

export type CsvValue = string | number | null | undefined;

const OPTIONS = { escape_formulas: true, record_delimiter: "\r\n", quoted_match: /[\r\n]/ } as const;

/** One record, ending with CRLF. */
export function csvLine(cells: readonly CsvValue[]): string {
  return stringify([cells.map((c) => c ?? "")], OPTIONS);
}

/** One cell as it appears in a record. */
export function csvCell(value: CsvValue): string {
  return csvLine([value]).slice(0, -2);
}
