// Post-sign-in destinations (issue 13, item 2: no open redirect). A destination is accepted only
// as a path of this site *after* URL parsing, because the parser — and every browser — silently
// drops tabs and newlines and reads "\" as "/": "/\t/evil.example" passes a "starts with one
// slash" test and then becomes "//evil.example", another host.

const BASE = new URL("http://sp-portal.invalid");
// Control characters (tab, CR, LF, NUL…) and backslashes, anywhere in the value.
const HOSTILE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\\]/;
// In the path: encoded slash, backslash, percent sign or control character — a later decoding
// step (a proxy, a framework, a second redirect) could turn them into one of the above.
const HOSTILE_ENCODING = /%(2f|5c|25|[01][0-9a-f]|7f)/i;
const MAX_LENGTH = 2048;

/** The value as a normalised same-origin path ("/a/b?c#d"), or null when it is anything else. */
export function sameOriginPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (HOSTILE_CHARACTER.test(value)) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  const rawPath = value.split(/[?#]/, 1)[0] ?? "";
  if (HOSTILE_ENCODING.test(rawPath)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE.origin || url.username || url.password) return null;
  const path = url.pathname + url.search + url.hash;
  // Parsing resolves "/./" and "/../"; the result must still be a plain single-slash path.
  return path.startsWith("/") && !path.startsWith("//") ? path : null;
}

/** Where to go after sign-in: a same-site path, never the sign-in pages or the API. */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/portal"): string {
  const path = sameOriginPath(value);
  if (!path) return fallback;
  if (/^\/(signin|signout|api)(?=[/?#]|$)/i.test(path)) return fallback;
  return path;
}

/**
 * next-auth's `redirect` callback: it receives the callbackUrl of sign-in and sign-out (from the
 * query, the form or its cookie) either as a path or as an absolute URL. Only a URL of this site's
 * own origin, reduced to a safe path, is followed; anything else goes to the home page.
 */
export function safeAuthRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  const root = base.origin + base.pathname.replace(/\/$/, "");
  let candidate = url;
  if (!url.startsWith("/")) {
    try {
      const parsed = new URL(url);
      if (parsed.origin !== base.origin) return root + "/";
      candidate = parsed.pathname + parsed.search + parsed.hash;
    } catch {
      return root + "/";
    }
  }
  const path = sameOriginPath(candidate);
  return root + (path ?? "/");
}
