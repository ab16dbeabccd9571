import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { fillFromApp } from "./fill";
import { markPublicDataChanged } from "./generation";
import { createResponseCache, isCacheablePath, publicCacheKey, type CacheableRequest, type CachedResponse } from "./response-cache";

const request = ({ headers, ...over }: Partial<Omit<CacheableRequest, "headers">> & { headers?: Record<string, string> } = {}): CacheableRequest =>
  ({ method: "GET", pathname: "/communications", search: "?q=detention", cookieNames: [], localeCookie: undefined, ...over, headers: new Headers(headers ?? {}) });
const ok = (text: string): CachedResponse => ({ status: 200, headers: [["content-type", "text/html"]], body: new TextEncoder().encode(text), cacheable: true });

describe("what the public cache may answer", () => {
  it("takes the public communications' pages and JSON, never the exports, the portal or anything else", () => {
    for (const p of ["/communications", "/communications/5e0c7b6e-0000-4000-8000-000000000000", "/communications/outstanding", "/api/v1/communications", "/api/v1/communications/UA%20NOR%201%2F2026"]) {
      expect(isCacheablePath(p), p).toBe(true);
    }
    for (const p of ["/api/v1/communications.csv", "/api/v1/communications/export.csv", "/communications/feed.atom", "/portal/state/communications", "/states/NOR", "/communications/a/b", "/signin"]) {
      expect(isCacheablePath(p), p).toBe(false);
    }
  });

  it("never a signed-in visitor's request, a client navigation, a prefetch, a server action, a POST or its own fill", () => {
    expect(publicCacheKey(request())).not.toBeNull();
    expect(publicCacheKey(request({ cookieNames: ["next-auth.session-token"] }))).toBeNull();
    expect(publicCacheKey(request({ cookieNames: ["__Secure-next-auth.session-token.0"] }))).toBeNull();
    expect(publicCacheKey(request({ cookieNames: ["next-auth.csrf-token", "NEXT_LOCALE"] }))).not.toBeNull();
    for (const header of ["rsc", "next-router-prefetch", "next-action", "authorization", "x-sp-cache-fill"]) {
      expect(publicCacheKey(request({ headers: { [header]: "1" } })), header).toBeNull();
    }
    expect(publicCacheKey(request({ method: "POST" }))).toBeNull();
    expect(publicCacheKey(request({ method: "HEAD" }))).toBeNull();
  });

  it("keys by the language the visitor would get: the cookie first, else Accept-Language", () => {
    expect(publicCacheKey(request({ headers: { "accept-language": "fr-CH,fr;q=0.9" } }))?.locale).toBe("fr");
    expect(publicCacheKey(request({ headers: { "accept-language": "fr" }, localeCookie: "es" }))?.locale).toBe("es");
    expect(publicCacheKey(request({ localeCookie: "xx" }))?.locale).toBe("en");
    const en = publicCacheKey(request())!.key;
    expect(publicCacheKey(request({ localeCookie: "fr" }))!.key).not.toBe(en);
  });

  it("the same search in another parameter order is the same key; another search or a change of data is not", () => {
    const a = publicCacheKey(request({ search: "?q=x&type=AL&type=UA" }))!.key;
    expect(publicCacheKey(request({ search: "?type=AL&q=x&type=UA" }))!.key).toBe(a);
    expect(publicCacheKey(request({ search: "?q=x&type=AL" }))!.key).not.toBe(a);
    markPublicDataChanged();
    expect(publicCacheKey(request({ search: "?q=x&type=AL&type=UA" }))!.key).not.toBe(a);
  });
});

describe("the response cache", () => {
  it("fills once for everyone who asks at the same time, then answers from memory", async () => {
    const cache = createResponseCache();
    let fills = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const fill = async () => { fills++; await gate; return ok("page"); };
    const asked = Promise.all(Array.from({ length: 16 }, () => cache.get("k", fill)));
    release();
    const answers = await asked;
    expect(fills).toBe(1);
    expect(answers.every((a) => new TextDecoder().decode(a.response.body) === "page" && !a.hit)).toBe(true);
    expect((await cache.get("k", fill)).hit).toBe(true);
    expect(fills).toBe(1);
  });

  it("does not keep an error, a redirect or an answer that sets a cookie", async () => {
    const cache = createResponseCache();
    let fills = 0;
    const notFound = async (): Promise<CachedResponse> => { fills++; return { ...ok("missing"), status: 404, cacheable: false }; };
    expect((await cache.get("k", notFound)).response.status).toBe(404);
    expect((await cache.get("k", notFound)).hit).toBe(false);
    expect(fills).toBe(2);
  });

  it("forgets an answer after its time to live", async () => {
    let clock = 1_000;
    const cache = createResponseCache({ ttlMs: 30_000, now: () => clock });
    let fills = 0;
    const fill = async () => { fills++; return ok(`v${fills}`); };
    await cache.get("k", fill);
    clock += 29_000;
    expect((await cache.get("k", fill)).hit).toBe(true);
    clock += 2_000;
    const later = await cache.get("k", fill);
    expect(later.hit).toBe(false);
    expect(new TextDecoder().decode(later.response.body)).toBe("v2");
  });

  it("a failed fill fails those waiting for it, and the next request tries again", async () => {
    const cache = createResponseCache();
    await expect(cache.get("k", async () => { throw new Error("down"); })).rejects.toThrow("down");
    expect((await cache.get("k", async () => ok("back"))).hit).toBe(false);
    expect((await cache.get("k", async () => ok("other"))).hit).toBe(true);
  });
});

describe("the fill", () => {
  it("asks the app as an anonymous visitor in the chosen language, with the visitor's host, and keeps what may be replayed", async () => {
    let seen: http.IncomingHttpHeaders = {};
    const server = http.createServer((req, res) => {
      seen = req.headers;
      res.setHeader("content-type", "application/json");
      res.setHeader("cache-control", "public, max-age=60");
      res.end(JSON.stringify({ path: req.url }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const port = String((server.address() as AddressInfo).port);
      const visitor = new Headers({ host: "portal.example.org", "x-forwarded-proto": "https", cookie: "next-auth.csrf-token=secret", "accept-language": "fr" });
      const got = await fillFromApp({ port, path: "/api/v1/communications?q=x", locale: "es", headers: visitor });
      expect(got.status).toBe(200);
      expect(got.cacheable).toBe(true);
      expect(JSON.parse(new TextDecoder().decode(got.body))).toEqual({ path: "/api/v1/communications?q=x" });
      expect(got.headers).toContainEqual(["cache-control", "public, max-age=60"]);
      expect(got.headers.map(([n]) => n)).not.toContain("content-length");
      expect(seen.host).toBe("portal.example.org");
      expect(seen["x-forwarded-proto"]).toBe("https");
      expect(seen.cookie).toBe("NEXT_LOCALE=es");
      expect(seen["accept-language"]).toBe("es");
      expect(seen["x-sp-cache-fill"]).toBe("1");
    } finally {
      server.close();
    }
  });
});
