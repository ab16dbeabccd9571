// The test OpenID Connect provider's address and client, shared by the provider script
// (./oidc-provider.ts), the e2e server (scripts/e2e-server.ts) and the specs.

/** The provider's port: in the range of whoever runs the tests (OIDC_TEST_PORT), else next to the e2e server's. */
export const OIDC_TEST_PORT = Number(process.env.OIDC_TEST_PORT ?? 3102);

/** 127.0.0.1 while the portal is `localhost`: another site, so neither sees the other's cookies. */
export function oidcTestIssuer(port = OIDC_TEST_PORT): string {
  return `http://127.0.0.1:${port}`;
}

export const OIDC_TEST_CLIENT = { id: "sp-portal-e2e", secret: "e2e-client-secret-not-a-secret" } as const;
