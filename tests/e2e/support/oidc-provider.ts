// A real OpenID Connect provider for the browser tests of single sign-on (issue 12, item 7): the
// `oidc-provider` package (the certified Node.js implementation), with its built-in login page and one
// client, the portal of the e2e server. Started by Playwright (playwright.config.ts) on OIDC_TEST_PORT.
//
// Anyone may sign in at its login page with any password; the login typed is the account. Every login
// is an account whose address is the login, verified — except the ones below, kept for the refusals.
import Provider, { type Configuration } from "oidc-provider";
import { OIDC_TEST_CLIENT, oidcTestIssuer } from "./oidc";

/** Accounts whose claims are not simply "this address, verified". */
const SPECIAL: Record<string, { email_verified: unknown }> = {
  // A demo account's address the provider does not vouch for: refused.
  "holder@sp-portal.example": { email_verified: false },
  // As some providers send it: a string, which must also be refused unless it is "true".
  "cosigner@sp-portal.example": { email_verified: "no" },
};

const port = Number(process.env.OIDC_TEST_PORT ?? 3102);
const portalPort = Number(process.env.E2E_PORT ?? 3100);
const issuer = oidcTestIssuer(port);

const configuration: Configuration = {
  clients: [
    {
      client_id: OIDC_TEST_CLIENT.id,
      client_secret: OIDC_TEST_CLIENT.secret,
      redirect_uris: [`http://localhost:${portalPort}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // The portal reads the profile from the ID token (as with Entra ID): put the claims there.
  conformIdTokenClaims: false,
  async findAccount(_ctx, id) {
    const email = id.trim().toLowerCase();
    return {
      accountId: id,
      async claims() {
        return { sub: `sub-${email}`, email, email_verified: SPECIAL[email]?.email_verified ?? true, name: `SSO ${email}` };
      },
    };
  },
  // Consent is implied for the one client (a company's own application): no consent page in the tests.
  async loadExistingGrant(ctx) {
    const accountId = ctx.oidc.session?.accountId;
    if (!accountId || !ctx.oidc.client) return undefined;
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["sp-portal-e2e-oidc-cookie-key-not-a-secret"] },
};

const provider = new Provider(issuer, configuration);
const server = provider.listen(port, "127.0.0.1", () => {
  console.log(`OIDC test provider at ${issuer}`);
});
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => process.exit(0)));
