import { z } from "zod";

// Good stories (R13): the submission form (signed in, or anonymous with an email) and moderation.

export const MAX_EVIDENCE_FILES = 5;
export const MAX_EVIDENCE_LINKS = 10;

const optionalId = z
  .uuid()
  .optional()
  .or(z.literal("").transform(() => undefined));
const ids = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean))])
  .pipe(z.array(z.uuid()).max(30));

/** Evidence links, one per line: each an http(s) URL. */
export const evidenceLinksSchema = z
  .string()
  .max(5000)
  .optional()
  .transform((v, ctx) => {
    const links = (v ?? "")
      .split(/\s*\n\s*/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (links.length > MAX_EVIDENCE_LINKS) ctx.addIssue({ code: "custom", message: "stories.tooManyLinks" });
    for (const link of links) {
      let ok = false;
      try {
        const url = new URL(link);
        ok = url.protocol === "https:" || url.protocol === "http:";
      } catch {
        /* not a URL */
      }
      if (!ok) ctx.addIssue({ code: "custom", message: "stories.linkInvalid" });
    }
    return links.length ? links.join("\n") : null;
  });

const storyFields = {
  title: z.string().trim().min(5).max(300),
  recommendation: z.string().trim().min(10).max(5000),
  whatChanged: z.string().trim().min(10).max(10_000),
  mandateId: optionalId,
  stateId: z.uuid("stories.stateRequired"),
  evidenceLinks: evidenceLinksSchema,
  themeIds: ids,
};

export const storySubmissionSchema = z.object({
  ...storyFields,
  submitterName: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => (v ? v : null)),
  submitterEmail: z
    .union([z.literal("").transform(() => null), z.email("stories.emailInvalid").max(320)])
    .optional()
    .transform((v) => v ?? null),
});
export type StorySubmissionInput = z.infer<typeof storySubmissionSchema>;

/** An anonymous visitor must leave an email address (R13) — the status token is its other way back. */
export const anonymousStorySubmissionSchema = storySubmissionSchema.refine((v) => v.submitterEmail !== null, {
  path: ["submitterEmail"],
  message: "stories.emailRequired",
});

/** The secretariat edits a story before publishing it. */
export const storyEditSchema = z.object({ storyId: z.uuid(), ...storyFields });
export type StoryEditInput = z.infer<typeof storyEditSchema>;

export const MODERATION_DECISIONS = ["publish", "request-information", "reject"] as const;
export const moderationSchema = z
  .object({
    storyId: z.uuid(),
    decision: z.enum(MODERATION_DECISIONS),
    note: z
      .string()
      .trim()
      .max(3000)
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .refine((v) => v.decision === "publish" || v.note !== null, { path: ["note"], message: "stories.reasonRequired" });
export type ModerationInput = z.infer<typeof moderationSchema>;

/** The submitter answers a request for more information (signed in, or with the status token). */
export const amendStorySchema = z.object({
  storyId: z
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  token: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => (v ? v : undefined)),
  whatChanged: storyFields.whatChanged,
  evidenceLinks: evidenceLinksSchema,
});
export type AmendStoryInput = z.infer<typeof amendStorySchema>;

export const statusTokenSchema = z.object({ token: z.string().trim().min(10, "stories.tokenInvalid").max(200) });
