// Single sign-on through OpenID Connect (issue 12, item 7): configured by the environment, off unless
// OIDC_ISSUER is set. Microsoft Entra ID in production (issuer
// https://login.microsoftonline.com/<tenant>/v2.0), any standard issuer otherwise.

export const OIDC_PROVIDER_ID = "oidc";
export const DEFAULT_OIDC_NAME = "Sign in with your organisation";

export type OidcConfig = {
  /** The issuer exactly as it appears in its discovery document and ID tokens (no trailing slash added). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The label of the sign-in button (OIDC_NAME); null: "Sign in with your organisation", translated. */
  name: string | null;
  /** The claim holding the email address (`email`). */
  emailClaim: string;
  /** The claim that must be `true` for the address to be trusted (`email_verified`; Entra ID: `xms_edov`). */
  emailVerifiedClaim: string;
};

type Env = Record<string, string | undefined>;

/**
 * The configuration, or null when single sign-on is off (OIDC_ISSUER unset or empty). A half-done
 * configuration is an error, so that a typo does not silently leave staff without their sign-in.
 */
export function oidcConfigFromEnv(env: Env = process.env): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`OIDC_ISSUER is not a URL: ${issuer}`);
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) throw new Error("OIDC_ISSUER must be an https: address");
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) throw new Error("OIDC_ISSUER is set: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required too");
  return {
    issuer: issuer.replace(/\/+$/, ""),
    clientId,
    clientSecret,
    name: env.OIDC_NAME?.trim() || null,
    emailClaim: env.OIDC_EMAIL_CLAIM?.trim() || "email",
    emailVerifiedClaim: env.OIDC_EMAIL_VERIFIED_CLAIM?.trim() || "email_verified",
  };
}

/** Whether single sign-on is configured (never throws: a broken configuration counts as off here). */
export function oidcEnabled(env: Env = process.env): boolean {
  try {
    return oidcConfigFromEnv(env) !== null;
  } catch {
    return false;
  }
}

/** For the sign-in page: off, or on with the configured button label (null: the translated default). */
export function oidcSignInChoice(env: Env = process.env): { enabled: false } | { enabled: true; label: string | null } {
  try {
    const config = oidcConfigFromEnv(env);
    return config ? { enabled: true, label: config.name } : { enabled: false };
  } catch {
    return { enabled: false };
  }
}
