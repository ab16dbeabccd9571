// Section (a) of the joint communications report as CSV, for the drafting of the report itself.
// English names (the report is drafted in English), dates as Geneva calendar days (periods.ts).
import { genevaDate } from "../core/geneva";
import { csvLine } from "../core/csv";

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

export function sentCsv(rows: SentCsvRow[]): string {
  const lines = rows.map((c) => [
    c.reference,
    c.type,
    c.addresseeState?.nameEn ?? c.addresseeOtherActor?.name ?? "",
    c.mandates.map((m) => m.titleEn).join("; "),
    genevaDate(c.sentAt),
    c.repliedAt ? genevaDate(c.repliedAt) : "",
  ]);
  return [HEADER, ...lines].map(csvLine).join("");
}
