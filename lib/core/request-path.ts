// A request path whose percent-encoding is not UTF-8 ("/communications/%FF", "/states/%ED%A0%80")
// makes Next.js's router throw while decoding route parameters: it answers 500 before any route of
// ours runs (issue 13, item 3). The production server (scripts/serve.ts) catches such a path first.
// Such a segment cannot name a record, so it is answered as one that does not exist.

/** True when the path part of a request URL cannot be percent-decoded as UTF-8. */
export function isMalformedPath(url: string | undefined): boolean {
  const path = (url ?? "/").split(/[?#]/, 1)[0] ?? "/";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/** A path no route serves: Next.js renders the localized not-found page for it, with a 404. */
export const NOT_FOUND_PATH = "/_not-found-malformed-path";
