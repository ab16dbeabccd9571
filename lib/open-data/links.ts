// Pagination links of the JSON API: the request's own URL (every filter kept) with another page.

export function pageLinks({ url, page, pageSize, pages }: { url: URL; page: number; pageSize: number; pages: number }) {
  const at = (p: number) => {
    const u = new URL(url.toString());
    u.searchParams.set("page", String(p));
    u.searchParams.set("pageSize", String(pageSize));
    return u.toString();
  };
  return {
    self: at(page),
    next: page < pages ? at(page + 1) : null,
    prev: page > 1 ? at(Math.min(page - 1, pages)) : null,
  };
}

/**
 * Responses of the public API (published data only) may be stored by browsers and proxies, which must
 * ask again before each use (`no-cache`): a change on any instance shows at once. The JSON answers of
 * the public response cache carry an ETag, so asking again costs a 304 (lib/public-cache/serve.ts).
 */
export { API_CACHE_CONTROL as PUBLIC_CACHE } from "../public-cache/cache-control";

/** The Atom feed of newly published communications, optionally for one State and/or one mandate. */
export function communicationsFeedUrl({ state, mandate }: { state?: string | undefined; mandate?: string | undefined } = {}): string {
  const query = new URLSearchParams();
  if (state) query.set("state", state);
  if (mandate) query.set("mandate", mandate);
  const qs = query.toString();
  return `/api/v1/communications.atom${qs ? `?${qs}` : ""}`;
}
