import { describe, expect, it } from "vitest";
import { productionStartProblem, wantsDemoData } from "./production-config";

describe("wantsDemoData", () => {
  it.each([
    ["the embedded default database", true, {}, true],
    ["DATABASE_URL (production)", false, {}, false],
    ["DATABASE_URL with SP_DEMO=1", false, { SP_DEMO: "1" }, true],
    ["DATABASE_URL with SP_DEMO=0", false, { SP_DEMO: "0" }, false],
    ["DATABASE_URL with SP_DEMO=yes (only 1 asks)", false, { SP_DEMO: "yes" }, false],
    ["the embedded database with SP_SEED=0", true, { SP_SEED: "0" }, false],
    ["SP_DEMO=1 with SP_SEED=0", false, { SP_DEMO: "1", SP_SEED: "0" }, false],
  ])("%s", (_label, embedded, env, expected) => {
    expect(wantsDemoData({ embedded, env })).toBe(expected);
  });
});

describe("productionStartProblem", () => {
  const db = { DATABASE_URL: "postgresql://portal@db.internal/sp", NEXTAUTH_SECRET: "s3cret-long-random-value" };
  it.each([
    ["the embedded default, no URL", {}],
    ["the embedded default on localhost", { NEXTAUTH_URL: "http://localhost:3000" }],
    ["DATABASE_URL with a secret and https", { ...db, NEXTAUTH_URL: "https://sp-portal.example.org" }],
    ["http: on 127.0.0.1", { ...db, NEXTAUTH_URL: "http://127.0.0.1:3000" }],
    ["http: on ::1", { ...db, NEXTAUTH_URL: "http://[::1]:3000/" }],
    ["http: on LOCALHOST", { ...db, NEXTAUTH_URL: "http://LOCALHOST:3000" }],
  ])("lets %s start", (_label, env) => {
    expect(productionStartProblem(env)).toBeNull();
  });

  it.each([
    ["DATABASE_URL without NEXTAUTH_SECRET", { DATABASE_URL: db.DATABASE_URL }, /NEXTAUTH_SECRET/],
    ["DATABASE_URL with a blank NEXTAUTH_SECRET", { DATABASE_URL: db.DATABASE_URL, NEXTAUTH_SECRET: "  " }, /NEXTAUTH_SECRET/],
    ["an http: public URL", { ...db, NEXTAUTH_URL: "http://sp-portal.example.org" }, /http:/],
    ["an http: public URL on the embedded database", { NEXTAUTH_URL: "http://10.0.0.5:3000" }, /http:/],
    ["http: on a host that only starts like localhost", { ...db, NEXTAUTH_URL: "http://localhost.evil.example" }, /http:/],
    ["http: on 127.0.0.2-like names", { ...db, NEXTAUTH_URL: "http://127.0.0.1.nip.io" }, /http:/],
    ["not a URL", { ...db, NEXTAUTH_URL: "sp-portal.example.org" }, /not a URL/],
    ["another scheme", { ...db, NEXTAUTH_URL: "ftp://sp-portal.example.org" }, /https:/],
    ["single sign-on without its client", { ...db, OIDC_ISSUER: "https://login.microsoftonline.com/t/v2.0" }, /OIDC_CLIENT_ID/],
    [
      "single sign-on over http:",
      { ...db, OIDC_ISSUER: "http://idp.example", OIDC_CLIENT_ID: "a", OIDC_CLIENT_SECRET: "b" },
      /OIDC_ISSUER/,
    ],
  ])("refuses %s, in one line", (_label, env, reason) => {
    const problem = productionStartProblem(env);
    expect(problem).toMatch(/^Refusing to start: /);
    expect(problem).toMatch(reason);
    expect(problem).not.toContain("\n");
  });
});
