// Section (a) of the joint communications report as CSV, for the drafting of the report itself.
// English names (the report is drafted in English), dates as Geneva calendar days (periods.ts).
import { inGeneva } from "../core/geneva";

export type SentCsvRow = {
  reference: string;
  type: string;
  sentAt: Date;
  repliedAt: Date | null;
  addresseeState: { nameEn: string } | null;
  addresseeOtherActor: { name: string } | null;
  mandates: { titleEn: string }[];
};

const HEADER = ["Reference", "Type", "Addressee", "Mandates", "Sent (Geneva)", "Reply received (Geneva)"];

/** "2010-06-01": the Geneva calendar day of an instant. */
export function genevaDay(at: Date): string {
  const d = inGeneva(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function sentCsv(rows: SentCsvRow[]): string {
  const lines = rows.map((c) => [
    c.reference,
    c.type,
    c.addresseeState?.nameEn ?? c.addresseeOtherActor?.name ?? "",
    c.mandates.map((m) => m.titleEn).join("; "),
    genevaDay(c.sentAt),
    c.repliedAt ? genevaDay(c.repliedAt) : "",
  ]);
  return [HEADER, ...lines].map((l) => l.map(cell).join(",")).join("\r\n") + "\r\n";
}
