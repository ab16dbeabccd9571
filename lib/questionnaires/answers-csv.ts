// The answers to one call as CSV (RFC 4180, BOM, formula guard — the open-data CSV helpers).
import { BOM, csvLine } from "../open-data/csv";
import type { Answers } from "./rules";

export type CsvQuestion = { id: string; position: number; kind: string; text: string };
export type CsvResponse = {
  receipt: string;
  respondentKind: string;
  respondent: string;
  contactName: string;
  contactEmail: string;
  submittedAt: Date | null;
  mayPublish: boolean;
  answers: Answers;
  files: Map<string, string>;
};

export function answersCsv(questions: CsvQuestion[], responses: CsvResponse[]): string {
  const header = [
    "receipt",
    "respondent_kind",
    "respondent",
    "contact_name",
    "contact_email",
    "submitted_at",
    "may_publish",
    ...questions.map((q) => `Q${q.position}. ${q.text}`),
  ];
  const lines = responses.map((r) =>
    csvLine([
      r.receipt,
      r.respondentKind,
      r.respondent,
      r.contactName,
      r.contactEmail,
      r.submittedAt?.toISOString() ?? "",
      r.mayPublish ? "yes" : "no",
      ...questions.map((q) => {
        const value = r.answers[q.id];
        if (q.kind === "FILE_UPLOAD")
          return (Array.isArray(value) ? value : [])
            .map((id) => r.files.get(id) ?? "")
            .filter(Boolean)
            .join("; ");
        return Array.isArray(value) ? value.join("; ") : (value ?? "");
      }),
    ]),
  );
  return BOM + csvLine(header) + lines.join("");
}
