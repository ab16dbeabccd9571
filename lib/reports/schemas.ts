import { z } from "zod";
import { REPORT_BODIES, REPORT_KINDS, REPORT_LANGUAGES } from "./constants";

/** "YYYY-MM-DD", a real calendar day, as a date-only value (UTC midnight, as `@db.Date` stores it). */
export function parseDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value ? d : null;
}

const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const d = parseDay(v);
    if (!d) ctx.addIssue({ code: "custom", message: "reports.errors.dateInvalid" });
    return d;
  });
const requiredDay = z
  .string("reports.errors.dateRequired")
  .trim()
  .transform((v, ctx) => {
    const d = v ? parseDay(v) : null;
    if (!d) ctx.addIssue({ code: "custom", message: v ? "reports.errors.dateInvalid" : "reports.errors.dateRequired" });
    return d ?? new Date(Number.NaN);
  });
const optionalId = z
  .uuid()
  .optional()
  .or(z.literal("").transform(() => undefined));
const idList = z
  .union([z.uuid(), z.array(z.uuid())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));
const session = z
  .string("reports.errors.sessionInvalid")
  .trim()
  .regex(/^\d{1,3}$/, "reports.errors.sessionInvalid")
  .transform(Number)
  .refine((n) => n >= 1 && n <= 200, "reports.errors.sessionInvalid");

/** UN document symbols: A/HRC/61/45, A/HRC/61/45/Add.1 (the Council), A/81/123 (the General Assembly). */
export const SYMBOL_PATTERN = /^A\/(HRC\/)?\d{1,3}\/\d{1,4}(\/Add\.\d{1,2})?$/;

/**
 * R19: a report's details and what happened to it (submitted, published, presented), kept by the
 * mandate's holder or the secretariat. On creation the mandate is chosen, and the secretariat may
 * schedule it at once (body, session, due date).
 */
export const reportSchema = z.object({
  reportId: optionalId,
  mandateId: optionalId,
  symbol: z.string().trim().regex(SYMBOL_PATTERN, "reports.errors.symbolInvalid"),
  title: z.string().trim().min(5, "reports.errors.titleTooShort").max(500),
  kind: z.enum(REPORT_KINDS, "reports.errors.kindRequired"),
  themeIds: idList,
  submittedAt: optionalDay,
  publishedAt: optionalDay,
  presentedAt: optionalDay,
  body: z
    .enum(REPORT_BODIES)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  councilSession: session.optional().or(z.literal("").transform(() => undefined)),
  dueAt: optionalDay,
});
export type ReportInput = z.infer<typeof reportSchema>;

/** R19: the secretariat sets the body, the session and the due date. */
export const scheduleSchema = z.object({
  reportId: z.uuid(),
  body: z.enum(REPORT_BODIES, "reports.errors.bodyRequired"),
  councilSession: session,
  dueAt: requiredDay,
});
export type ScheduleInput = z.infer<typeof scheduleSchema>;

/** About one page: the main issues and what the holder would welcome views on (R19). */
export const SUMMARY_MAX_LENGTH = 5000;

export const summarySchema = z.object({
  reportId: z.uuid(),
  summary: z.string().trim().min(20, "reports.errors.summaryTooShort").max(SUMMARY_MAX_LENGTH, "reports.errors.summaryTooLong"),
  publish: z
    .enum(["true"])
    .optional()
    .transform((v) => v === "true"),
});
export type SummaryInput = z.infer<typeof summarySchema>;

/** One document of the report, in one official language (the file travels beside it in the form). */
export const documentSchema = z.object({
  reportId: z.uuid(),
  language: z.enum(REPORT_LANGUAGES, "reports.errors.languageRequired"),
});
export type DocumentInput = z.infer<typeof documentSchema>;

export const reportIdSchema = z.object({ reportId: z.uuid() });
