import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
  /** A TOTP code or a recovery code, when the account has a second factor. */
  code: z.string().trim().max(40).optional(),
  /** Or a passkey's answer (JSON) to the challenge with this id. */
  passkeyChallengeId: z.string().max(100).optional(),
  passkeyResponse: z.string().max(20_000).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export { minutesToWait, PASSWORD_SIGN_IN_DISABLED, TOO_MANY_ATTEMPTS, tooManyAttemptsError } from "./sign-in-error";

export const passkeySignInSchema = z.object({
  passkeyChallengeId: z.string().min(1).max(100),
  passkeyResponse: z.string().min(1).max(20_000),
});
