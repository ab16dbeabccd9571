import { describe, expect, it } from "vitest";
import { markPublicDataChanged } from "../platform/public-data-generation";
import { isCacheablePath, publicCacheKey, type CacheableRequest } from "./response-cache";

const request = ({
  headers,
  ...over
}: Partial<Omit<CacheableRequest, "headers">> & { headers?: Record<string, string> } = {}): CacheableRequest => ({
  method: "GET",
  pathname: "/communications",
  search: "?q=detention",
  cookieNames: [],
  localeCookie: undefined,
  ...over,
  headers: new Headers(headers ?? {}),
});

describe("what the public cache may answer", () => {
  it("takes the public communications' pages and JSON, never the exports, the portal or anything else", () => {
    for (const p of [
      "/communications",
      "/communications/5e0c7b6e-0000-4000-8000-000000000000",
      "/communications/outstanding",
      "/api/v1/communications",
      "/api/v1/communications/UA%20NOR%201%2F2026",
      "/facts-and-figures",
      "/facts-and-figures/2025",
    ]) {
      expect(isCacheablePath(p), p).toBe(true);
    }
    for (const p of [
      "/api/v1/communications.csv",
      "/api/v1/communications/export.csv",
      "/communications/feed.atom",
      "/portal/state/communications",
      "/states/NOR",
      "/communications/a/b",
      "/signin",
      "/facts-and-figures/2025.csv",
      "/facts-and-figures/2025.pdf",
    ]) {
      expect(isCacheablePath(p), p).toBe(false);
    }
  });

  it("never a signed-in visitor's request, a client navigation, a prefetch, a server action, a POST or its own fill", () => {
    expect(publicCacheKey(request())).not.toBeNull();
    expect(publicCacheKey(request({ cookieNames: ["next-auth.session-token"] }))).toBeNull();
    expect(publicCacheKey(request({ cookieNames: ["__Secure-next-auth.session-token.0"] }))).toBeNull();
    expect(publicCacheKey(request({ cookieNames: ["next-auth.csrf-token", "NEXT_LOCALE"] }))).not.toBeNull();
    for (const header of ["rsc", "next-router-prefetch", "next-action", "authorization"]) {
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

  it("a page rendered under another test-clock time is another page", () => {
    const state = globalThis as { __spClockOffsetMs?: number };
    const before = state.__spClockOffsetMs;
    const a = publicCacheKey(request())!.key;
    state.__spClockOffsetMs = 86_400_000;
    expect(publicCacheKey(request())!.key).not.toBe(a);
    state.__spClockOffsetMs = before;
  });
});
