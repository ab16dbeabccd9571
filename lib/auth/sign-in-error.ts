// The sign-in error shared by the server (lib/auth/options.ts) and the sign-in form. Kept apart from
// ./schemas.ts so that the form's bundle carries no zod: zod probes `new Function` when it builds an
// object schema, which the Content-Security-Policy refuses and the browser reports as a violation.

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

/** The password was right; the account has a second factor and no code (or passkey) came with it. */
export const SECOND_FACTOR_REQUIRED = "SecondFactorRequired";
/** The password was right; the code (or passkey) was not. Counted as a failed sign-in. */
export const SECOND_FACTOR_FAILED = "SecondFactorFailed";
