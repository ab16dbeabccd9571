import { z } from "zod";
import { NOTIFICATION_KINDS } from "./kinds";

export const notificationIdSchema = z.object({ id: z.uuid() });
export const markAllReadSchema = z.object({});
export const runDigestsSchema = z.object({});

/** The preferences form: one radio group per kind the person may choose (others are ignored). */
export const preferencesSchema = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.enum(["IMMEDIATE", "DIGEST"]).optional()])) as Record<
    (typeof NOTIFICATION_KINDS)[number],
    z.ZodOptional<z.ZodEnum<{ IMMEDIATE: "IMMEDIATE"; DIGEST: "DIGEST" }>>
  >,
);
export type PreferencesInput = z.infer<typeof preferencesSchema>;
