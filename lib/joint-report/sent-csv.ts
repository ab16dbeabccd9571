// Section (a) of the joint communications report as CSV, for the drafting of the report itself.
// English names (the report is drafted in English), dates as Geneva calendar days (periods.ts); the
// header is machine names, the same in every interface language, like every CSV export (issue 15, item 6).
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

const HEADER = ["reference", "type", "addressee", "mandates", "sent_on_geneva_day", "reply_received_on_geneva_day"];

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
