import { z } from "zod";
import { CommunicationType } from "../generated/prisma/enums";
import { normalizeLanguageCode } from "../i18n/languages";

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

/** The reply form's language select: an ISO 639-1 language, or OTHER_LANGUAGE with an ISO 639-3 code. */
export const OTHER_LANGUAGE = "other";

/**
 * R5: a reply may be written in any language (ISO 639, lib/i18n/languages.ts): a language from the
 * select, or, with "other", the ISO 639-3 code typed beside it. Parsed to the stored code.
 */
export const replySchema = z
  .object({
    communicationId: z.uuid(),
    language: z.string().trim().max(8),
    otherLanguage: z.string().trim().max(16).optional(),
    body: z.string().trim().min(10).max(200_000),
  })
  .transform(({ communicationId, language, otherLanguage, body }, ctx) => {
    const other = language === OTHER_LANGUAGE;
    const code = other ? normalizeLanguageCode(otherLanguage ?? "") : normalizeLanguageCode(language);
    if (!code) {
      const blank = other ? !otherLanguage : !language;
      ctx.addIssue({
        code: "custom",
        path: [other ? "otherLanguage" : "language"],
        message: blank ? "communications.languageRequired" : "communications.languageUnknown",
      });
      return z.NEVER;
    }
    return { communicationId, language: code, body };
  });
export type ReplyInput = z.infer<typeof replySchema>;

/** The secretariat attaches a translation of a reply (R5): text, a file, or both, in a working language. */
export const translationSchema = z.object({
  replyId: z.uuid(),
  translationLanguage: z.enum(["en", "fr", "es"]),
  translation: optionalText(200_000),
});
export type TranslationInput = z.infer<typeof translationSchema>;

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
