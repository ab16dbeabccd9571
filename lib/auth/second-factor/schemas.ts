import { z } from "zod";

export const confirmTotpSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, "secondFactor.codeFormat"),
});
export const noInputSchema = z.object({});
export const registerPasskeySchema = z.object({
  challengeId: z.string().min(1).max(100),
  response: z.string().min(1).max(20_000),
  name: z.string().trim().min(1).max(80),
});
export const removePasskeySchema = z.object({ passkeyId: z.string().min(1).max(1000) });
export const resetSecondFactorSchema = z.object({ userId: z.uuid() });
