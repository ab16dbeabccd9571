import { z } from "zod";
import { parseCalendarDate } from "./calendar";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));
const calendarDate = z
  .string()
  .trim()
  .refine((v) => parseCalendarDate(v) !== null, "visits.dateInvalid")
  .transform((v) => parseCalendarDate(v)!);
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const d = parseCalendarDate(v);
    if (!d) ctx.addIssue({ code: "custom", message: "visits.dateInvalid" });
    return d;
  });

function datesInOrder<T extends { start: Date | null; end: Date | null }>(v: T, ctx: z.RefinementCtx) {
  if (v.start && v.end && v.end < v.start) ctx.addIssue({ code: "custom", path: ["end"], message: "visits.endBeforeStart" });
  if (!v.start && v.end) ctx.addIssue({ code: "custom", path: ["start"], message: "visits.startRequired" });
}

export const idSchema = z.object({ visitRequestId: z.uuid() });

/** A mandate holder's request: its mandate, the State, the purpose, proposed periods (free text), the letter. */
export const requestSchema = z.object({
  mandateId: z.uuid("visits.mandateRequired"),
  stateId: z.uuid("visits.stateRequired"),
  purpose: z.string().trim().min(20, "visits.purposeTooShort").max(5000),
  proposedPeriods: z.string().trim().min(3, "visits.periodsRequired").max(1000),
  sendNow: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});
export type RequestInput = z.infer<typeof requestSchema>;

/**
 * A State's invitation to a mandate: the mandate, a message (the purpose of the visit as the State sees
 * it), periods it proposes if any (free text), the note verbale as a file (read in actions.ts). The State
 * is the actor's own, never a field.
 */
export const inviteSchema = z.object({
  mandateId: z.uuid("visits.mandateRequired"),
  purpose: z.string().trim().min(20, "visits.purposeTooShort").max(5000),
  proposedPeriods: optionalText(1000),
});
export type InviteInput = z.infer<typeof inviteSchema>;

export const INVITATION_ANSWERS = ["accept", "decline", "notNow"] as const;

/** The mandate's answer to a State's invitation (its holder, or the secretariat on its behalf). */
export const invitationAnswerSchema = z
  .object({
    visitRequestId: z.uuid(),
    answer: z.enum(INVITATION_ANSWERS, "visits.answerRequired"),
    reason: optionalText(5000),
    note: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.answer === "decline" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "visits.reasonRequired" });
  });
export type InvitationAnswerInput = z.infer<typeof invitationAnswerSchema>;

export const ANSWER_KINDS = ["accept", "proposeDates", "postpone", "decline"] as const;

/** The State's answer (or the secretariat recording one received outside the portal). */
export const answerSchema = z
  .object({
    visitRequestId: z.uuid(),
    answer: z.enum(ANSWER_KINDS, "visits.answerRequired"),
    start: optionalDate,
    end: optionalDate,
    reason: optionalText(5000),
    note: optionalText(2000),
    /** The secretariat: when the answer was received (a date), if not today. */
    receivedOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    datesInOrder(v, ctx);
    if (v.answer === "proposeDates" && !(v.start && v.end))
      ctx.addIssue({ code: "custom", path: ["start"], message: "visits.datesRequired" });
    if (v.answer === "accept" && v.start && !v.end) ctx.addIssue({ code: "custom", path: ["end"], message: "visits.datesRequired" });
    if (v.answer === "decline" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "visits.reasonRequired" });
  });
export type AnswerInput = z.infer<typeof answerSchema>;

export const REQUESTER_ACTIONS = ["send", "remind", "acceptProposedDates", "complete", "withdraw"] as const;

/** One-button actions of the requesting side, with an optional note (the reminder's text). */
export const requesterActionSchema = z.object({
  visitRequestId: z.uuid(),
  action: z.enum(REQUESTER_ACTIONS),
  note: optionalText(2000),
});
export type RequesterActionInput = z.infer<typeof requesterActionSchema>;

/** After an acceptance in principle: the agreed dates. */
export const scheduleSchema = z
  .object({ visitRequestId: z.uuid(), start: calendarDate, end: calendarDate })
  .superRefine((v, ctx) => datesInOrder(v, ctx));
export type ScheduleInput = z.infer<typeof scheduleSchema>;

/** R4: the statement, written (Markdown) or uploaded (file read in actions.ts). */
export const statementSchema = z.object({
  visitRequestId: z.uuid(),
  text: z
    .string()
    .trim()
    .max(200_000)
    .optional()
    .transform((v) => (v ? v : null)),
});

export const VISIT_STEPS = ["shareStatement", "recordDebriefing", "publishStatement"] as const;
export const visitStepSchema = z.object({ visitRequestId: z.uuid(), step: z.enum(VISIT_STEPS) });

/** R4: an entry about a civil-society debriefing — refused before the State's debriefing. */
export const civilSocietySchema = z.object({
  visitRequestId: z.uuid(),
  note: z.string().trim().min(10, "visits.noteTooShort").max(5000),
});

/** R11: the report on the visit. */
export const reportSchema = z.object({
  visitRequestId: z.uuid(),
  symbol: z
    .string()
    .trim()
    .regex(/^A\/HRC\/\d{1,3}\/\d{1,4}(\/Add\.\d{1,2})?$/, "visits.symbolInvalid"),
  title: z.string().trim().min(5).max(500),
  submittedAt: optionalDate,
  councilSession: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 200) ctx.addIssue({ code: "custom", message: "visits.sessionInvalid" });
      return n;
    }),
  presentedAt: optionalDate,
  publish: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
});
export type ReportInput = z.infer<typeof reportSchema>;

/** R14, R16: a recommendation of the report, with its themes and SDGs. */
export const recommendationSchema = z.object({
  visitRequestId: z.uuid(),
  text: z.string().trim().min(10, "visits.recommendationTooShort").max(5000),
  themeIds: z
    .union([z.uuid(), z.array(z.uuid())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});

export const IMPLEMENTATION_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "PARTIALLY_IMPLEMENTED",
  "IMPLEMENTED",
  "NOT_IMPLEMENTED",
  "UNKNOWN",
] as const;

/** R16: the follow-up of one recommendation, with the evidence for it. */
export const recommendationStatusSchema = z.object({
  recommendationId: z.uuid(),
  status: z.enum(IMPLEMENTATION_STATUSES),
  evidence: z.string().trim().min(10, "visits.evidenceRequired").max(5000),
});

/** R10: the register of standing invitations. */
export const standingInvitationSchema = z.object({
  stateId: z.uuid("visits.stateRequired"),
  extendedOn: calendarDate,
  note: optionalText(1000),
});
export const withdrawInvitationSchema = z.object({ standingInvitationId: z.uuid(), withdrawnOn: calendarDate });

/** The statuses a request or invitation may have on the public record (never a draft). */
export const PUBLIC_STATUSES = [
  "REQUESTED",
  "REMINDED",
  "INVITED",
  "INVITATION_DEFERRED",
  "ACCEPTED",
  "DATES_PROPOSED",
  "POSTPONED",
  "DECLINED",
  "SCHEDULED",
  "COMPLETED",
  "WITHDRAWN",
] as const;

/** Public visits database filters; anything odd is dropped rather than refused. */
export const publicFilterSchema = z.object({
  state: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .catch(undefined),
  mandate: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .optional()
    .catch(undefined),
  status: z.enum(PUBLIC_STATUSES).optional().catch(undefined),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
});
export type PublicFilters = z.infer<typeof publicFilterSchema>;
