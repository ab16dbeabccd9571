import { z } from "zod";

export const ADVISORY_CATEGORIES = ["CONTEMPLATED_ACTIVITY", "STATE_REFERRAL", "SYSTEMIC_ISSUE"] as const;
export const ADVISORY_STATUSES = ["OPEN", "UNDER_CONSIDERATION", "CLOSED"] as const;

export const advisorySubmissionSchema = z.object({
  category: z.enum(ADVISORY_CATEGORIES, "advisory.categoryRequired"),
  title: z.string().trim().min(5).max(300),
  description: z.string().trim().min(20).max(20_000),
});
export type AdvisorySubmissionInput = z.infer<typeof advisorySubmissionSchema>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

/** The Committee or the secretariat records its work on a case: status, recommendation, outcome. */
export const advisoryHandlingSchema = z
  .object({
    caseId: z.uuid(),
    status: z.enum(ADVISORY_STATUSES),
    recommendation: optionalText(20_000),
    outcome: optionalText(20_000),
  })
  .refine((v) => v.status !== "CLOSED" || v.outcome !== null, { path: ["outcome"], message: "advisory.outcomeRequired" });
export type AdvisoryHandlingInput = z.infer<typeof advisoryHandlingSchema>;
