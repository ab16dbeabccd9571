import { describe, expect, it } from "vitest";
import { subjectOf, verifiedEmailOf } from "./oidc-claims";
import { oidcConfigFromEnv, oidcSignInChoice } from "./oidc-config";
import { signInErrorKey } from "./sign-in-error";

const standard = { emailClaim: "email", emailVerifiedClaim: "email_verified" };
const entra = { emailClaim: "email", emailVerifiedClaim: "xms_edov" };

describe("verifiedEmailOf (single sign-on, issue 12 item 7)", () => {
  it("takes a verified address, lower-cased and trimmed", () => {
    expect(verifiedEmailOf({ email: " Secretariat@SP-Portal.example ", email_verified: true }, standard)).toEqual({
      ok: true,
      email: "secretariat@sp-portal.example",
    });
    // Some providers send the flag as a string.
    expect(verifiedEmailOf({ email: "a@b.example", email_verified: "true" }, standard)).toMatchObject({ ok: true });
  });

  it("refuses an address the provider does not vouch for", () => {
    for (const flag of [false, "false", "no", 1, "TRUE ", null, undefined, {}])
      expect(verifiedEmailOf({ email: "a@b.example", email_verified: flag }, standard), String(flag)).toEqual({
        ok: false,
        reason: "email-unverified",
      });
    expect(verifiedEmailOf({ email: "a@b.example" }, standard)).toEqual({ ok: false, reason: "email-unverified" });
  });

  it("refuses claims without a usable address", () => {
    for (const email of [undefined, "", "   ", "not-an-address", 42, ["a@b.example"], `${"x".repeat(320)}@b.example`])
      expect(verifiedEmailOf({ email, email_verified: true }, standard)).toEqual({ ok: false, reason: "email-missing" });
  });

  it("reads the claims the configuration names (Entra ID: xms_edov), never another", () => {
    expect(verifiedEmailOf({ email: "a@ohchr.example", xms_edov: true }, entra)).toMatchObject({ ok: true });
    // email_verified is not the configured claim for Entra: it does not count.
    expect(verifiedEmailOf({ email: "a@ohchr.example", email_verified: true }, entra)).toEqual({ ok: false, reason: "email-unverified" });
    // preferred_username / upn are not addresses the portal trusts.
    expect(verifiedEmailOf({ preferred_username: "a@ohchr.example", xms_edov: true }, entra)).toEqual({
      ok: false,
      reason: "email-missing",
    });
  });
});

describe("oidcConfigFromEnv", () => {
  const base = { OIDC_ISSUER: "https://login.microsoftonline.com/tenant-id/v2.0", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "secret" };

  it("is off without an issuer", () => {
    expect(oidcConfigFromEnv({})).toBeNull();
    expect(oidcConfigFromEnv({ OIDC_ISSUER: " " })).toBeNull();
    expect(oidcSignInChoice({})).toEqual({ enabled: false });
  });

  it("reads the issuer, client and claims, with defaults", () => {
    expect(oidcConfigFromEnv(base)).toEqual({
      issuer: "https://login.microsoftonline.com/tenant-id/v2.0",
      clientId: "id",
      clientSecret: "secret",
      name: null,
      emailClaim: "email",
      emailVerifiedClaim: "email_verified",
    });
    expect(
      oidcConfigFromEnv({ ...base, OIDC_ISSUER: "https://idp.example/", OIDC_NAME: "OHCHR", OIDC_EMAIL_VERIFIED_CLAIM: "xms_edov" }),
    ).toMatchObject({
      issuer: "https://idp.example",
      name: "OHCHR",
      emailVerifiedClaim: "xms_edov",
    });
    expect(oidcSignInChoice({ ...base, OIDC_NAME: "OHCHR" })).toEqual({ enabled: true, label: "OHCHR" });
  });

  it("refuses a half-done or unsafe configuration (and the sign-in page then offers no button)", () => {
    expect(() => oidcConfigFromEnv({ OIDC_ISSUER: base.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => oidcConfigFromEnv({ ...base, OIDC_ISSUER: "http://idp.example" })).toThrow(/https/);
    expect(() => oidcConfigFromEnv({ ...base, OIDC_ISSUER: "not a url" })).toThrow(/not a URL/);
    expect(oidcConfigFromEnv({ ...base, OIDC_ISSUER: "http://127.0.0.1:3232" })).toMatchObject({ issuer: "http://127.0.0.1:3232" });
    expect(oidcSignInChoice({ OIDC_ISSUER: base.OIDC_ISSUER })).toEqual({ enabled: false });
  });
});

describe("signInErrorKey", () => {
  it("explains the refusals and next-auth's own errors, nothing else", () => {
    expect(signInErrorKey("SsoNoAccount")).toBe("ssoNoAccount");
    expect(signInErrorKey("SsoEmailUnverified")).toBe("ssoEmailUnverified");
    expect(signInErrorKey("SsoLinkedToAnother")).toBe("ssoLinkedToAnother");
    expect(signInErrorKey("OAuthCallback")).toBe("ssoFailed");
    expect(signInErrorKey("<script>")).toBeNull();
    expect(signInErrorKey(undefined)).toBeNull();
  });
});

describe("subjectOf", () => {
  it("takes the provider's subject when it is a string of 1 to 255 characters", () => {
    expect(subjectOf({ sub: "248289761001" })).toBe("248289761001");
    expect(subjectOf({ sub: "" })).toBeNull();
    expect(subjectOf({ sub: 42 })).toBeNull();
    expect(subjectOf({ sub: "x".repeat(256) })).toBeNull();
    expect(subjectOf({})).toBeNull();
  });
});
