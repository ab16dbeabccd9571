import { z } from "zod";
import { parseCalendarDate } from "../visits/calendar";
import { PROACTIVE_OUTCOMES } from "./outcomes";

export { PROACTIVE_OUTCOMES };

const calendarDate = z
  .string("cooperation.dateRequired")
  .trim()
  .min(1, "cooperation.dateRequired")
  .refine((v) => v === "" || parseCalendarDate(v) !== null, "cooperation.dateInvalid")
  .transform((v) => parseCalendarDate(v)!);
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const d = parseCalendarDate(v);
    if (!d) ctx.addIssue({ code: "custom", message: "cooperation.dateInvalid" });
    return d;
  });
const optionalOutcome = z
  .union([z.enum(PROACTIVE_OUTCOMES), z.literal("")])
  .optional()
  .transform((v) => (v ? v : null));
const asList = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);

/** An outcome and its date go together, and the outcome does not come before the request. */
function outcomeConsistent(v: { requestedOn?: Date; outcome: string | null; outcomeOn: Date | null }, ctx: z.RefinementCtx) {
  if (v.outcome && !v.outcomeOn) ctx.addIssue({ code: "custom", path: ["outcomeOn"], message: "cooperation.outcomeDateRequired" });
  if (!v.outcome && v.outcomeOn) ctx.addIssue({ code: "custom", path: ["outcome"], message: "cooperation.outcomeRequired" });
  if (v.requestedOn && v.outcomeOn && v.outcomeOn < v.requestedOn)
    ctx.addIssue({ code: "custom", path: ["outcomeOn"], message: "cooperation.outcomeBeforeRequest" });
}

/** R21: the secretariat records information it requested proactively from a State. */
export const proactiveRequestSchema = z
  .object({
    stateId: z.uuid("cooperation.stateRequired"),
    mandateIds: z.preprocess(asList, z.array(z.uuid("cooperation.mandatesRequired")).min(1, "cooperation.mandatesRequired").max(80)),
    requestedOn: calendarDate,
    subject: z.string("cooperation.subjectRequired").trim().min(5, "cooperation.subjectRequired").max(2000),
    outcome: optionalOutcome,
    outcomeOn: optionalDate,
  })
  .superRefine(outcomeConsistent);
export type ProactiveRequestInput = z.infer<typeof proactiveRequestSchema>;

/** The outcome recorded later, when the State answers (or the secretariat closes it unanswered). */
export const proactiveOutcomeSchema = z
  .object({
    requestId: z.uuid(),
    outcome: z.enum(PROACTIVE_OUTCOMES, "cooperation.outcomeRequired"),
    outcomeOn: calendarDate,
  })
  .superRefine(outcomeConsistent);
export type ProactiveOutcomeInput = z.infer<typeof proactiveOutcomeSchema>;
