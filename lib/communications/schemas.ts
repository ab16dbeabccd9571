import { z } from "zod";
import { CommunicationType } from "../generated/prisma/enums";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const idList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== "")),
  z.array(z.uuid()).max(30),
);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

/** "state:<uuid>" or "actor:<uuid>" — one select in the form for both kinds of addressee. */
export const addresseeSchema = z
  .string()
  .regex(/^(state|actor):[0-9a-f-]{36}$/i, "communications.addresseeRequired")
  .transform((v) => {
    const [kind, id] = v.split(":") as ["state" | "actor", string];
    return kind === "state" ? { kind: "STATE" as const, id } : { kind: "OTHER_ACTOR" as const, id };
  });

/** Saving a draft: enough to find it again; completeness is checked when it is submitted. */
export const draftSchema = z.object({
  communicationId: z
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  leadMandateId: z.uuid("communications.leadMandateRequired"),
  type: z.enum(CommunicationType),
  addressee: addresseeSchema,
  copiedStateIds: idList,
  subject: z.string().trim().min(3).max(300),
  summary: z.string().trim().max(3000).default(""),
  body: z.string().trim().max(100_000).default(""),
  confidentialAnnex: optionalText(20_000),
  themeIds: idList,
  cosignMandateIds: idList,
  concernsReprisals: checkbox,
  urgent: checkbox,
});
export type DraftInput = z.infer<typeof draftSchema>;

/** What a letter needs before the secretariat may review it. Returns field errors (message keys). */
export function submissionProblems(c: { summary: string; body: string }): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (c.summary.trim().length < 20) problems.summary = ["communications.summaryTooShort"];
  if (c.body.trim().length < 100) problems.body = ["communications.bodyTooShort"];
  return problems;
}

export const idSchema = z.object({ communicationId: z.uuid() });

export const cosignSchema = z.object({
  communicationId: z.uuid(),
  mandateId: z.uuid(),
  decision: z.enum(["SIGNED", "DECLINED"]),
  comment: optionalText(2000),
});

export const reviewSchema = z.discriminatedUnion("decision", [
  z.object({ communicationId: z.uuid(), decision: z.literal("approve"), comment: optionalText(5000) }),
  z.object({
    communicationId: z.uuid(),
    decision: z.literal("return"),
    comment: z.string().trim().min(5, "communications.returnNeedsComment").max(5000),
  }),
]);

export const replySchema = z.object({
  communicationId: z.uuid(),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}$/, "communications.languageRequired"),
  body: z.string().trim().min(10).max(200_000),
});
export type ReplyInput = z.infer<typeof replySchema>;

export const focalPointSchema = z.object({
  name: z.string().trim().min(2).max(200),
  email: z.string().trim().toLowerCase().email(),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+0-9 ()./-]*$/, "communications.phoneInvalid")
    .optional()
    .transform((v) => v || null),
});
export type FocalPointInput = z.infer<typeof focalPointSchema>;
