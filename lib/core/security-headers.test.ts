import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import {
  applySecurityHeaders,
  contentSecurityPolicy,
  HSTS,
  isHttpsRequest,
  newNonce,
  requestNonce,
  securityHeaders,
} from "./security-headers";

const NONCE = "AAAAAAAAAAAAAAAAAAAAAA==";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("the Content-Security-Policy", () => {
  const policy = directives(contentSecurityPolicy({ nonce: NONCE }));

  it("runs scripts of this origin or with the response's nonce, nothing inline or evaluated", () => {
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it.each([
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
    ["frame-src", ["'none'"]],
    ["connect-src", ["'self'"]],
    ["img-src", ["'self'", "data:", "blob:"]],
    ["font-src", ["'self'"]],
    ["worker-src", ["'self'"]],
    ["manifest-src", ["'self'"]],
    // No inline style at all, neither element nor attribute.
    ["style-src", ["'self'"]],
  ])("%s is %j", (name, values) => {
    expect(policy.get(name)).toEqual(values);
  });

  it("has no other directive", () => {
    expect([...policy.keys()].sort()).toEqual([
      "base-uri",
      "connect-src",
      "default-src",
      "font-src",
      "form-action",
      "frame-ancestors",
      "frame-src",
      "img-src",
      "manifest-src",
      "object-src",
      "script-src",
      "style-src",
      "worker-src",
    ]);
  });

  it("never allows anything inline or evaluated outside development", () => {
    const text = contentSecurityPolicy({ nonce: NONCE });
    expect(text).not.toContain("unsafe-inline");
    expect(text).not.toContain("unsafe-eval");
    const dev = directives(contentSecurityPolicy({ nonce: NONCE, dev: true }));
    expect(dev.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, "'unsafe-eval'"]);
    expect(dev.get("connect-src")).toEqual(["'self'", "ws:", "wss:"]);
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("is read back by the nonce Next.js and the response cache take from the request", () => {
    expect(requestNonce({ "content-security-policy": contentSecurityPolicy({ nonce: NONCE }) })).toBe(NONCE);
    expect(requestNonce({})).toBeUndefined();
    expect(requestNonce({ "content-security-policy": "default-src 'self'" })).toBeUndefined();
  });
});

describe("a nonce", () => {
  it("is 128 random bits in base64, new for every request", () => {
    const nonces = Array.from({ length: 1000 }, () => newNonce());
    expect(new Set(nonces).size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the headers of a response", () => {
  it("always: CSP, nosniff, referrer policy, permissions policy, X-Frame-Options", () => {
    const h = securityHeaders({ nonce: NONCE, https: false });
    expect(h["content-security-policy"]).toBe(contentSecurityPolicy({ nonce: NONCE }));
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"]).toBe("DENY");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
      expect(h["permissions-policy"]).toContain(`${feature}=()`);
    expect(h).not.toHaveProperty("strict-transport-security");
  });

  it("HSTS only over HTTPS", () => {
    expect(securityHeaders({ nonce: NONCE, https: true })["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });
});

describe("served over HTTPS", () => {
  it.each([
    // public address, X-Forwarded-Proto, trusted proxies, https?
    ["https://sp.example", undefined, 0, true],
    [" HTTPS://sp.example", undefined, 0, true],
    ["http://localhost:3000", undefined, 0, false],
    [undefined, undefined, 0, false],
    // The client's own word, no proxy declared: ignored.
    ["http://localhost:3000", "https", 0, false],
    // Behind a declared proxy: what it says.
    ["http://localhost:3000", "https", 1, true],
    ["http://localhost:3000", "http", 1, false],
    // A client-written entry followed by the proxy's: the proxy's (last) counts.
    ["http://localhost:3000", "https, http", 1, false],
    ["http://localhost:3000", ["http", "https"], 1, true],
  ] as const)("public URL %s, X-Forwarded-Proto %j, %i proxies → %s", (publicUrl, forwardedProto, trustedProxies, https) => {
    expect(isHttpsRequest({ publicUrl, forwardedProto: forwardedProto as string | string[] | undefined, trustedProxies })).toBe(https);
  });
});

describe("applied to a request and its response", () => {
  function apply(requestHeaders: Record<string, string>, opts: { publicUrl?: string; trustedProxies?: number } = {}) {
    const req = { headers: { ...requestHeaders } } as unknown as IncomingMessage;
    const set = new Map<string, string>();
    const res = { setHeader: (name: string, value: string) => set.set(name, value) } as unknown as ServerResponse;
    applySecurityHeaders(req, res, { publicUrl: opts.publicUrl ?? "http://localhost:3000", trustedProxies: opts.trustedProxies ?? 0 });
    return { req, set };
  }

  it("gives the app the response's policy, replacing one the client sent", () => {
    const { req, set } = apply({
      "content-security-policy": `script-src 'nonce-${NONCE}'`,
      "content-security-policy-report-only": `script-src 'nonce-${NONCE}'`,
    });
    const nonce = requestNonce(req.headers);
    expect(nonce).not.toBe(NONCE);
    expect(req.headers["content-security-policy"]).toBe(set.get("content-security-policy"));
    expect(req.headers["content-security-policy-report-only"]).toBeUndefined();
    expect(set.get("content-security-policy")).toContain(`'nonce-${nonce}'`);
  });

  it("a new nonce for every request", () => {
    const nonces = Array.from({ length: 50 }, () => requestNonce(apply({}).req.headers));
    expect(new Set(nonces).size).toBe(50);
  });

  it("HSTS behind a declared proxy that says https, not when the client says so itself", () => {
    expect(apply({ "x-forwarded-proto": "https" }).set.has("strict-transport-security")).toBe(false);
    expect(apply({ "x-forwarded-proto": "https" }, { trustedProxies: 1 }).set.get("strict-transport-security")).toBe(HSTS);
    expect(apply({}, { publicUrl: "https://sp.example" }).set.get("strict-transport-security")).toBe(HSTS);
  });
});
