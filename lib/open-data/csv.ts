// The open-data export of communications (R6) as CSV, written by the one CSV writer (lib/core/csv.ts).
import type { ApiCommunication } from "./communication-rows";
import { csvLine } from "../core/csv";

export { BOM, csvCell, csvLine } from "../core/csv";

export const CSV_COLUMNS = [
  "reference",
  "type",
  "sent_at",
  "reply_due_at",
  "published_at",
  "addressee_kind",
  "addressee_iso3",
  "addressee_name",
  "mandates",
  "subject",
  "summary",
  "themes",
  "reply_count",
  // R5: replies published in their own language while the secretariat's translation is pending.
  "replies_translation_pending",
] as const;

const iso = (d: Date | null) => (d ? d.toISOString() : "");

/** One communication as a CSV line; several mandates or themes are joined with "; ". */
export function communicationCsvLine(c: ApiCommunication): string {
  return csvLine([
    c.reference,
    c.type,
    iso(c.sentAt),
    iso(c.replyDueAt),
    iso(c.publishedAt),
    c.addressee.kind,
    c.addressee.iso3 ?? "",
    c.addressee.name,
    c.mandates.map((m) => m.title).join("; "),
    c.subject,
    c.summary,
    c.themes.join("; "),
    c.replies.length,
    c.replies.filter((r) => r.translationStatus === "PENDING").length,
  ]);
}

export const CSV_HEADER = csvLine([...CSV_COLUMNS]);
