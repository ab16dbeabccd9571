import { LRUCache } from "lru-cache";
import { isLocale, localeFromAcceptLanguage, type Locale } from "../i18n/config";
import { PUBLIC_DATA_PERIOD_MS, publicDataVersion } from "../platform/public-data-generation";

// A short-lived cache of the public database's anonymous responses (the search page, the detail
// pages and the JSON API of published communications — issue 4's hot paths).
//
// Why: rendering the search page costs ~25 ms of CPU in React (RSC + HTML), most of it the same for
// every visitor who asks the same question; a journalist's link shared on social media brings many
// identical requests at once. The cache holds a response keyed by path, query, language and the
// public data's version (lib/platform/public-data-generation.ts: the shared generation, the clock's period), and renders a
// missing one once for all who ask at the same time.
//
// What keeps it correct:
//  - only anonymous GET requests for a page's full document or a JSON API answer: a request with a
//    session cookie, a client-side navigation (RSC header), a prefetch or a server action is never
//    served from, nor stored in, the cache;
//  - the key has the language the visitor would get (the language cookie, else Accept-Language) —
//    anonymous visitors all see Geneva time, so nothing else of the request shapes the page;
//  - every audited change, in any process, moves the shared generation on at its commit, and every
//    instance learns it at once (lib/platform/public-data-generation.ts, ./generation-listener.ts); so does the clock's
//    period (publication follows from dates) and the test clock;
//  - only a 200 answer without Set-Cookie is stored.
// ./serve.ts puts it in front of the app (scripts/serve.ts); SP_PUBLIC_CACHE=0 turns it off.

export const PUBLIC_CACHE_TTL_MS = PUBLIC_DATA_PERIOD_MS;
const MAX_BYTES = 64 * 1024 * 1024;
export const STATUS_HEADER = "x-sp-cache";
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * The paths whose anonymous answers are cached: public communications, as pages and as JSON; and the
 * pages of "Facts and figures" (issue 18, item 2), built from public data only.
 */
export function isCacheablePath(pathname: string): boolean {
  if (/\.(csv|atom|xml)$/.test(pathname)) return false;
  return (
    pathname === "/communications" ||
    pathname === "/facts-and-figures" ||
    /^\/facts-and-figures\/\d{4}$/.test(pathname) ||
    /^\/communications\/[^/]+$/.test(pathname) ||
    pathname === "/api/v1/communications" ||
    /^\/api\/v1\/communications\/[^/]+$/.test(pathname)
  );
}

export type CacheableRequest = {
  method: string;
  pathname: string;
  search: string;
  headers: { get(name: string): string | null };
  cookieNames: string[];
  localeCookie: string | undefined;
};

/** The cache key of a request, or null when the request must go to the app. */
export function publicCacheKey(req: CacheableRequest): { key: string; locale: Locale } | null {
  if (req.method !== "GET" || !isCacheablePath(req.pathname)) return null;
  const h = req.headers;
  if (h.get("rsc") || h.get("next-router-prefetch") || h.get("next-action") || h.get("authorization")) return null;
  if (req.cookieNames.some((name) => SESSION_COOKIE.test(name))) return null;
  const locale = isLocale(req.localeCookie) ? req.localeCookie : localeFromAcceptLanguage(h.get("accept-language"));
  const query = new URLSearchParams(req.search);
  query.sort();
  return { key: `${publicDataVersion()}|${locale}|${req.pathname}?${query}`, locale };
}

export type CachedResponse = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  cacheable: boolean;
  /** The script nonce the answer was rendered with (replaced per response when replayed). */
  nonce?: string;
  /** Worked out at the first replay (./nonce-rewrite.ts). */
  nonceAt?: number[];
  gzipParts?: Buffer[];
};

export function createResponseCache({
  ttlMs = PUBLIC_CACHE_TTL_MS,
  maxBytes = MAX_BYTES,
  now,
}: { ttlMs?: number; maxBytes?: number; now?: () => number } = {}) {
  // An entry's size counts its body twice: a gzipped copy is added when a visitor accepts it.
  const store = new LRUCache<string, CachedResponse>({
    ttl: ttlMs,
    maxSize: maxBytes,
    sizeCalculation: (e) => 2 * e.body.byteLength + 1024,
    ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
  });
  const inflight = new Map<string, Promise<CachedResponse>>();
  return {
    /** The answer kept for `key`, if any. */
    get: (key: string) => store.get(key),
    /** The answer being rendered for `key` right now, if any: wait for it rather than render again. */
    pending: (key: string) => inflight.get(key),
    /** Records the answer being rendered for `key`; kept when it turns out cacheable. */
    track(key: string, answer: Promise<CachedResponse>): void {
      inflight.set(key, answer);
      answer
        .then(
          (response) => {
            if (response.cacheable) store.set(key, response);
          },
          () => {},
        )
        .finally(() => inflight.delete(key));
    },
  };
}
