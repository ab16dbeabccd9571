import { z } from "zod";
import { now as clockNow } from "../core/clock";
import { genevaDate } from "../core/geneva";

// Forms of the reprisals register (R8), shared by the forms and their server actions.

export const REPRISAL_STATUSES = ["OPEN", "FOLLOW_UP", "CLOSED"] as const;
/** What the secretariat chooses; PUBLIC_SUMMARY_CLEARED is set only by clearing the summary. */
export const CASE_CONFIDENTIALITY = ["STRICTLY_CONFIDENTIAL", "CONFIDENTIAL"] as const;
export const REFERRAL_BODIES = ["HIGH_COMMISSIONER", "COUNCIL_PRESIDENT", "ASSISTANT_SECRETARY_GENERAL"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "reprisals.dateInvalid", abort: true })
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "reprisals.dateInvalid",
  );
/** Acts of reprisal and referrals are recorded after the fact: a date still to come in Geneva is refused. */
const pastDate = isoDate.refine((s) => s <= genevaDate(clockNow()), "reprisals.dateInFuture");
const optionalDate = z
  .string()
  .optional()
  .transform((v) => v?.trim() || null)
  // Each refusal beside the field with its own message (a union would only say "Invalid input").
  .pipe(pastDate.transform((s) => new Date(`${s}T00:00:00Z`)).nullable());

/** "AL NOR 3/2026, UA OTH 1/2025" or one per line → distinct references. */
export function parseReferences(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,;]+/)
        .map((r) => r.trim().replace(/\s+/g, " ").toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/** The confidential record of a case. */
export const reprisalCaseSchema = z.object({
  caseId: z
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  stateId: z.uuid("reprisals.stateRequired"),
  personsConcerned: z.string().trim().min(3).max(5000),
  cooperationContext: z.string().trim().min(3).max(5000),
  actsAlleged: z.string().trim().min(3).max(10_000),
  actsDate: optionalDate,
  actionsTaken: optionalText(10_000),
  /** Typed by the secretariat ("AL NOR 3/2026, …") or picked in a list by a mandate holder (repeated field). */
  communicationReferences: z
    .union([z.string().max(2000), z.array(z.string().max(100)).max(200)])
    .optional()
    .transform((v) => parseReferences(Array.isArray(v) ? v.join("\n") : (v ?? ""))),
  status: z.enum(REPRISAL_STATUSES).catch("OPEN"),
  confidentiality: z.enum(CASE_CONFIDENTIALITY).catch("STRICTLY_CONFIDENTIAL"),
  sgReportYear: z
    .union([z.literal("").transform(() => null), z.coerce.number().int().min(2010).max(2100)])
    .optional()
    .transform((v) => v ?? null),
});
export type ReprisalCaseInput = z.infer<typeof reprisalCaseSchema>;

export const referralSchema = z.object({
  caseId: z.uuid(),
  body: z.enum(REFERRAL_BODIES, "reprisals.bodyRequired"),
  referredAt: pastDate.transform((s) => new Date(`${s}T00:00:00Z`)),
  note: optionalText(2000),
});
export type ReferralInput = z.infer<typeof referralSchema>;

export const removeReferralSchema = z.object({ caseId: z.uuid(), referralId: z.uuid() });

/** The public summary: written, then cleared in a separate step. */
export const publicSummarySchema = z.object({
  caseId: z.uuid(),
  publicSummary: z.string().trim().min(20).max(3000),
});
export const caseIdSchema = z.object({ caseId: z.uuid() });
