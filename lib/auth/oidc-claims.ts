// Which address an identity provider vouches for (issue 12, item 7). Pure rules, unit tested
// (oidc-claims.test.ts); the database side is lib/auth/sso-sign-in.ts.
import type { OidcConfig } from "./oidc-config";

export type SsoRefusal = "email-missing" | "email-unverified" | "no-account" | "subject-missing" | "linked-to-another";

/** The reason given to the browser (the sign-in page's `error` parameter) for each refusal. */
export const SSO_ERROR_CODES: Record<SsoRefusal, string> = {
  "email-missing": "SsoEmailUnverified",
  "email-unverified": "SsoEmailUnverified",
  "no-account": "SsoNoAccount",
  "subject-missing": "SsoEmailUnverified",
  "linked-to-another": "SsoLinkedToAnother",
};

/** The provider's stable identifier of the person (`sub`: at most 255 characters, OpenID Connect Core 2), or null. */
export function subjectOf(claims: Record<string, unknown>): string | null {
  const sub = claims.sub;
  return typeof sub === "string" && sub.length > 0 && sub.length <= 255 ? sub : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The verified address of the claims, lower-cased, or why there is none. Only a claim that is
 * literally true counts as verified (boolean `true`, or the string "true" some providers send): a
 * missing claim, `false`, "false" or anything else is unverified.
 */
export function verifiedEmailOf(
  claims: Record<string, unknown>,
  config: Pick<OidcConfig, "emailClaim" | "emailVerifiedClaim">,
): { ok: true; email: string } | { ok: false; reason: SsoRefusal } {
  const raw = claims[config.emailClaim];
  const email = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  if (!email || email.length > 320 || !EMAIL.test(email)) return { ok: false, reason: "email-missing" };
  const verified = claims[config.emailVerifiedClaim];
  if (verified !== true && verified !== "true") return { ok: false, reason: "email-unverified" };
  return { ok: true, email };
}
