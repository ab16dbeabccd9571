import { z } from "zod";

const optionalId = z
  .uuid()
  .optional()
  .or(z.literal("").transform(() => undefined));

/**
 * Drafting a press release: the holder's mandate, an optional link — a sent communication or a country
 * visit of that mandate, not both (R3 shares it with that one State) — title and Markdown text.
 */
export const pressReleaseDraftSchema = z
  .object({
    pressReleaseId: optionalId,
    mandateId: z.uuid("pressReleases.mandateRequired"),
    communicationId: optionalId,
    visitId: optionalId,
    title: z.string().trim().min(5).max(300),
    body: z.string().trim().min(20).max(50_000),
  })
  .refine((v) => !(v.communicationId && v.visitId), {
    path: ["visitId"],
    message: "pressReleases.oneLinkOnly",
    // Said at once, with any other field's error, as long as both links themselves parsed.
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === "communicationId" || i.path?.[0] === "visitId"),
  });
export type PressReleaseDraftInput = z.infer<typeof pressReleaseDraftSchema>;

export const pressReleaseIdSchema = z.object({ pressReleaseId: z.uuid() });

/** R3: the justification is checked against the deadline in rules.ts; here only its bounds. */
export const publishSchema = z.object({
  pressReleaseId: z.uuid(),
  justification: z
    .string()
    .trim()
    .max(5000)
    .optional()
    .transform((v) => (v ? v : null)),
});
export type PublishInput = z.infer<typeof publishSchema>;
