import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The error a blocked sign-in reports (next-auth passes it to the form as `error`), with the minutes to wait. */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

export function tooManyAttemptsError(waitSeconds: number): string {
  return `${TOO_MANY_ATTEMPTS}:${Math.max(1, Math.ceil(waitSeconds / 60))}`;
}

/** The minutes to wait that a sign-in error carries, or null when it is another error. */
export function minutesToWait(error: string | null | undefined): number | null {
  const m = /^TooManyAttempts(?::(\d{1,4}))?$/.exec(error ?? "");
  return m ? Number(m[1] ?? 15) : null;
}
