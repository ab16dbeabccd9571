import { z } from "zod";
import { QuestionKind, QuestionnaireAudience } from "../generated/prisma/enums";
import { assertNoIssues, checkParams, isoDate as queryDate, type RawParams } from "../core/query-params";

export const LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh"] as const;
/** Hard bound on questions whatever the setting: an exception is for a few more, not a thousand. */
export const QUESTIONS_HARD_MAX = 50;

const idList = (max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== "")),
    z.array(z.uuid()).max(max),
  );
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const isoDate = (message: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), message);

export const questionSchema = z
  .object({
    kind: z.enum(QuestionKind),
    text: z.string().trim().min(5, "questionnaires.questionTextRequired").max(2000),
    choices: z.array(z.string().trim().min(1).max(300)).max(30).default([]),
    required: z.boolean().default(false),
  })
  .transform((q) => ({ ...q, choices: q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE" ? [...new Set(q.choices)] : [] }))
  .refine((q) => !(q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE") || q.choices.length >= 2, {
    message: "questionnaires.choicesRequired",
    path: ["choices"],
  });
export type QuestionInput = z.infer<typeof questionSchema>;

/**
 * Creating (secretariat) or proposing (mandate holder) a call. The questions come as one JSON field
 * written by the question editor; each is checked again in create-questionnaire.ts so its errors land
 * next to it. The R12 limits are checked there too, against the settings.
 */
export const questionnaireSchema = z.object({
  title: z.string().trim().min(5).max(300),
  purpose: z.string().trim().min(20).max(5000),
  mandateIds: idList(10).refine((v) => v.length > 0, "questionnaires.mandateRequired"),
  themeIds: idList(30),
  reportId: z
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  councilSession: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number().int().min(1).max(200).nullable()),
  audience: z.enum(QuestionnaireAudience),
  /** "all" asks every State; "selected" only targetStateIds (for the fatigue view, R12). */
  targetMode: z.enum(["all", "selected"]).default("all"),
  targetStateIds: idList(250),
  languages: z
    .preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(LANGUAGES)))
    .refine((v) => v.length > 0, "questionnaires.languageRequired"),
  opensOn: isoDate("questionnaires.dateRequired"),
  deadlineOn: isoDate("questionnaires.dateRequired"),
  questions: z.string().max(200_000),
  exceptionJustification: z
    .string()
    .trim()
    .max(5000)
    .optional()
    .transform((v) => (v ? v : null)),
});
export type QuestionnaireInput = z.infer<typeof questionnaireSchema>;

export const approvalSchema = z.discriminatedUnion("decision", [
  z.object({
    questionnaireId: z.uuid(),
    decision: z.literal("approve"),
    exceptionJustification: z
      .string()
      .trim()
      .max(5000)
      .optional()
      .transform((v) => (v ? v : null)),
  }),
  z.object({ questionnaireId: z.uuid(), decision: z.literal("reject") }),
]);
export type ApprovalInput = z.infer<typeof approvalSchema>;

/** The fixed part of an answer form; the answers themselves are read per question ("answer.<id>"). */
export const responseSchema = z.object({
  questionnaireId: z.uuid(),
  intent: z.enum(["save", "submit"]),
  mayPublish: checkbox,
  removeAttachmentIds: idList(50),
});
export type ResponseInput = z.infer<typeof responseSchema>;

export const publicFiltersSchema = z.object({
  mandate: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  theme: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  audience: z.enum(QuestionnaireAudience).optional().catch(undefined),
  /** open: deadline not passed; past: deadline passed. */
  status: z.enum(["open", "past"]).optional().catch(undefined),
  /** Deadline on or before this Geneva date. */
  deadlineBefore: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  /** Deadline on or after this Geneva date. */
  deadlineAfter: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
});
export type PublicFilters = z.infer<typeof publicFiltersSchema>;

const FEED_PARAMS = {
  mandate: z.string().regex(/^[a-z0-9-]{1,80}$/, "invalid"),
  theme: z.string().regex(/^[a-z0-9-]{1,80}$/, "invalid"),
  audience: z.enum(QuestionnaireAudience, { error: () => "invalid" }),
  status: z.enum(["open", "past"], { error: () => "invalid" }),
  deadlineBefore: queryDate,
  deadlineAfter: queryDate,
};

/** The feed's filters: a malformed value is a 400 naming it (issue 13, item 3), not ignored. */
export function parsePublicFeedFilters(raw: RawParams): PublicFilters {
  const { values, issues } = checkParams(raw, FEED_PARAMS);
  assertNoIssues(issues);
  return values;
}

export function parsePublicFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): PublicFilters {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    const one = Array.isArray(v) ? v[0] : v;
    return one === null || one === "" ? undefined : one;
  };
  return publicFiltersSchema.parse({
    mandate: get("mandate"),
    theme: get("theme"),
    audience: get("audience"),
    status: get("status"),
    deadlineBefore: get("deadlineBefore"),
    deadlineAfter: get("deadlineAfter"),
  });
}

export function filtersToQuery(f: PublicFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => typeof v === "string" && v !== "")) as Record<string, string>;
}
