import type { ApiCommunication } from "./communication-rows";

// CSV for the open-data export (R6), written here because no CSV library is installed: RFC 4180
// (comma, CRLF, quotes doubled, a field quoted when it holds a comma, quote or line break), UTF-8
// with a byte-order mark so spreadsheet programs read accents correctly, and a guard against
// formula injection (a cell starting with = + - @, tab or CR is prefixed with ').

export const BOM = "\uFEFF";

export const CSV_COLUMNS = [
  "reference", "type", "sent_at", "reply_due_at", "published_at", "addressee_kind", "addressee_iso3",
  "addressee_name", "mandates", "subject", "summary", "themes", "reply_count",
] as const;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

const iso = (d: Date | null) => (d ? d.toISOString() : "");

/** One communication as a CSV line; several mandates or themes are joined with "; ". */
export function communicationCsvLine(c: ApiCommunication): string {
  return csvLine([
    c.reference, c.type, iso(c.sentAt), iso(c.replyDueAt), iso(c.publishedAt), c.addressee.kind, c.addressee.iso3 ?? "",
    c.addressee.name, c.mandates.map((m) => m.title).join("; "), c.subject, c.summary, c.themes.join("; "), c.replies.length,
  ]);
}

export const CSV_HEADER = csvLine([...CSV_COLUMNS]);
