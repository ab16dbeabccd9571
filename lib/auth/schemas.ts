import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The error a blocked sign-in reports (next-auth passes it to the form as `error`). */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";
