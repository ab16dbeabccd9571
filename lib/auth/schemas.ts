import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

export { minutesToWait, PASSWORD_SIGN_IN_DISABLED, TOO_MANY_ATTEMPTS, tooManyAttemptsError } from "./sign-in-error";
