import { z } from "zod";
import { CASE_TOPIC_SLUGS } from "./topics";
import { CONFIDENTIAL_PARTS } from "./rules";
import { HONEYPOT_FIELD } from "../core/honeypot";

// Case submissions (issue 17): the form (saved as a draft, or sent), the source's updates, and the
// secretariat's triage. A draft needs only a title; sending checks everything (caseSubmitProblems).

export const MAX_CASE_FILES = 5;
export const SOURCE_RELATIONS = ["victim", "relative", "representative", "organisation", "witness", "other"] as const;

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));
const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== "")),
    z
      .array(z.enum(values))
      .max(values.length)
      .transform((a) => [...new Set(a)]),
  );
const optionalUuid = z
  .uuid()
  .optional()
  .or(z.literal("").transform(() => undefined));

export const caseFieldsSchema = z.object({
  title: z.string().trim().min(3, "cases.titleRequired").max(200),
  affected: z.enum(["ONE_PERSON", "SEVERAL_PEOPLE", "GROUP"]).catch("ONE_PERSON"),
  affectedCount: z.preprocess(
    (v) => (v === "" || v === undefined ? undefined : v),
    z.coerce.number().int("cases.countInvalid").min(1, "cases.countInvalid").max(10_000_000, "cases.countInvalid").optional(),
  ),
  victims: z.string().trim().max(10_000).default(""),
  consentToName: checkbox,
  responsible: z.enum(["STATE", "OTHER_ACTOR"]).catch("STATE"),
  stateId: optionalUuid,
  otherActorName: text(300),
  whatHappened: z.string().trim().max(20_000).default(""),
  location: z.string().trim().max(500).default(""),
  occurredOn: z.preprocess(
    (v) => (v === "" || v === undefined ? undefined : v),
    z.iso
      .date("cases.dateInvalid")
      .transform((d) => new Date(`${d}T00:00:00Z`))
      .optional(),
  ),
  ongoing: checkbox,
  domesticRemedies: text(10_000),
  topics: list(CASE_TOPIC_SLUGS as [string, ...string[]]),
  confidentialParts: list(CONFIDENTIAL_PARTS),
  urgent: checkbox,
  sourceName: text(200),
  sourceOrganisation: text(200),
  sourceEmail: z
    .union([z.literal("").transform(() => null), z.email("cases.emailInvalid").max(320)])
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null)),
  sourcePhone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+0-9 ()./-]*$/, "cases.phoneInvalid")
    .optional()
    .transform((v) => v || null),
  sourceRelation: z
    .enum(SOURCE_RELATIONS)
    .optional()
    .or(z.literal("").transform(() => undefined))
    .transform((v) => v ?? null),
});
export type CaseFields = z.infer<typeof caseFieldsSchema>;

/** The form as posted: its fields, whether to keep it as a draft or send it, and the private link's token once it exists. */
export const caseFormSchema = caseFieldsSchema.extend({
  intent: z.enum(["draft", "submit"]).catch("draft"),
  token: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => (v ? v : undefined)),
  // The honeypot (lib/core/honeypot.ts) and the proof of work: checked by the action.
  [HONEYPOT_FIELD]: z.string().max(2000).optional(),
  powChallenge: z.string().max(300).optional(),
  powNonce: z.string().max(20).optional(),
});
export type CaseFormInput = z.infer<typeof caseFormSchema>;

/** What sending needs beyond a draft (message keys by field); `now` bounds the date. */
export function caseSubmitProblems(c: CaseFields, now: Date): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (c.victims.length < 2) problems.victims = ["cases.victimsRequired"];
  if (c.whatHappened.length < 20) problems.whatHappened = ["cases.whatHappenedRequired"];
  if (c.location.length < 2) problems.location = ["cases.locationRequired"];
  if (c.responsible === "STATE" && !c.stateId) problems.stateId = ["cases.stateRequired"];
  if (c.responsible === "OTHER_ACTOR" && !c.otherActorName) problems.otherActorName = ["cases.otherActorRequired"];
  if (c.occurredOn && c.occurredOn.getTime() > now.getTime()) problems.occurredOn = ["cases.dateInFuture"];
  return problems;
}

const token = z.string().trim().min(10, "cases.linkInvalid").max(200);

/** The source adds news, documents, or an answer to the secretariat's question. */
export const caseUpdateSchema = z.object({
  token,
  questionId: optionalUuid,
  text: z.string().trim().min(5, "cases.updateTooShort").max(10_000),
});
export type CaseUpdateInput = z.infer<typeof caseUpdateSchema>;

const caseId = z.uuid();
const ids = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== "")),
  z
    .array(z.uuid())
    .max(20)
    .transform((a) => [...new Set(a)]),
);

export const assignCaseSchema = z.object({ caseId, mandateIds: ids, otherMandateId: optionalUuid });
export const askSourceSchema = z.object({ caseId, question: z.string().trim().min(10, "cases.questionTooShort").max(5000) });
export const mergeCaseSchema = z.object({
  caseId,
  intoReceipt: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^CASE-\d{4}-\d{5,}$/, "cases.receiptInvalid"),
});
export const closeCaseSchema = z
  .object({ caseId, closure: z.enum(["DECLINED", "CLOSED"]), note: text(5000) })
  .refine((v) => v.closure !== "DECLINED" || v.note !== null, { path: ["note"], message: "cases.reasonRequired" });
export const markActedUponSchema = z.object({ caseId });
export const caseNoteSchema = z.object({ caseId, text: z.string().trim().min(2).max(10_000) });
export const openDraftSchema = z.object({
  caseId,
  leadMandateId: z.uuid("cases.leadMandateRequired"),
  type: z.enum(["AL", "UA", "OL"]),
  addressee: z
    .string()
    .regex(/^(state|actor):[0-9a-f-]{36}$/i, "cases.addresseeRequired")
    .transform((v) => {
      const [kind, id] = v.split(":") as ["state" | "actor", string];
      return kind === "state" ? { kind: "STATE" as const, id } : { kind: "OTHER_ACTOR" as const, id };
    }),
});
export type AssignCaseInput = z.infer<typeof assignCaseSchema>;
export type AskSourceInput = z.infer<typeof askSourceSchema>;
export type MergeCaseInput = z.infer<typeof mergeCaseSchema>;
export type CloseCaseInput = z.infer<typeof closeCaseSchema>;
export type CaseNoteInput = z.infer<typeof caseNoteSchema>;
export type OpenDraftInput = z.infer<typeof openDraftSchema>;
