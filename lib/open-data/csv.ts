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

/**
 * Issue 15, item 6: CSV headers are stable machine names, the same whatever the interface language,
 * so that a script written against one export reads every other; what each column holds is said
 * here and published in the OpenAPI description. Names and titles are in English (the JSON API gives
 * them in the six languages); dates are ISO 8601 in UTC.
 */
export const CSV_COLUMN_MEANINGS: Record<(typeof CSV_COLUMNS)[number], string> = {
  reference: "the letter's reference (e.g. AL USA 12/2026)",
  type: "AL (allegation letter), UA (urgent appeal) or OL (other letter)",
  sent_at: "when it was sent",
  reply_due_at: "the end of the reply period",
  published_at: "when it became public",
  addressee_kind: "state or other-actor",
  addressee_iso3: "the addressee State's ISO 3166 alpha-3 code, empty for another actor",
  addressee_name: "the addressee's name, in English",
  mandates: 'the signing mandates\' titles in English, separated by "; "',
  subject: "the letter's subject as written",
  summary: "its public summary as written",
  themes: 'its themes\' slugs, separated by "; "',
  reply_count: "how many replies are published",
  replies_translation_pending: "how many of them are published in their own language, translation pending (R5)",
};

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
