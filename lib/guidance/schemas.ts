import { z } from "zod";
import { GUIDANCE_TOPICS } from "./topics";

const optionalId = z
  .uuid()
  .optional()
  .or(z.literal("").transform(() => undefined));

/**
 * A new guidance document, or a new version of one. `expectedVersion` is the version the editor
 * started from: saving over a newer one is refused rather than silently replacing it. Every new
 * version says what changed.
 */
export const guidanceSchema = z
  .object({
    documentId: optionalId,
    expectedVersion: z.coerce
      .number()
      .int()
      .min(1)
      .optional()
      .or(z.literal("").transform(() => undefined)),
    topic: z.enum(GUIDANCE_TOPICS),
    title: z.string().trim().min(5).max(300),
    body: z.string().trim().min(20).max(100_000),
    changeSummary: z.string().trim().max(500).default(""),
  })
  .refine((v) => !v.documentId || v.changeSummary.length >= 3, { path: ["changeSummary"], message: "guidance.summaryRequired" });
export type GuidanceInput = z.infer<typeof guidanceSchema>;

/** A version number from the address; anything odd means the latest. */
export const versionParam = z.coerce.number().int().min(1).max(100_000).optional().catch(undefined);
