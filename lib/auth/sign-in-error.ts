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

/** The error of a password sign-in refused because the account signs in through single sign-on only. */
export const PASSWORD_SIGN_IN_DISABLED = "PasswordSignInDisabled";

/** The error of a password sign-in refused because the account's e-mail address is not confirmed yet. */
export const EMAIL_UNCONFIRMED = "EmailUnconfirmed";

/** Errors of a single sign-on that the sign-in page explains (the `error` parameter next-auth sends back). */
export const SSO_SIGN_IN_ERRORS = ["SsoNoAccount", "SsoEmailUnverified", "SsoLinkedToAnother"] as const;
/** next-auth's own errors of an OAuth sign-in (provider unreachable, state or nonce mismatch, cancelled…). */
export const OAUTH_ERRORS = ["OAuthSignin", "OAuthCallback", "OAuthAccountNotLinked", "Callback", "AccessDenied", "Configuration"] as const;

/** The message key (signIn.*) for an `error` parameter of the sign-in page, or null. */
export function signInErrorKey(
  error: string | null | undefined,
): "ssoNoAccount" | "ssoEmailUnverified" | "ssoLinkedToAnother" | "ssoFailed" | null {
  if (error === "SsoNoAccount") return "ssoNoAccount";
  if (error === "SsoLinkedToAnother") return "ssoLinkedToAnother";
  if (error === "SsoEmailUnverified") return "ssoEmailUnverified";
  if ((OAUTH_ERRORS as readonly string[]).includes(error ?? "")) return "ssoFailed";
  return null;
}
/** The password was right; the account has a second factor and no code (or passkey) came with it. */
export const SECOND_FACTOR_REQUIRED = "SecondFactorRequired";
/** The password was right; the code (or passkey) was not. Counted as a failed sign-in. */
export const SECOND_FACTOR_FAILED = "SecondFactorFailed";
