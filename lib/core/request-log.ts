import { randomUUID } from "node:crypto";

/** The request id header: honoured when a proxy sent a sane one, generated otherwise, echoed in the answer. */
export const REQUEST_ID_HEADER = "x-request-id";
const SANE_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE_ID.test(value) ? value : randomUUID();
}

// Path segments that are secrets: an invitation's or a password reset's token is a password for
// whoever holds it (app/(auth)/invitation/[token], app/(auth)/reset-password/[token]); so are a
// case submission's private link (app/(public)/submit/case/[token]) and the links confirming an
// organisation's or a guest respondent's e-mail address (issue 17, item 3).
const SECRET_SEGMENTS = [
  /^(\/invitation\/)[^/?#]+/,
  /^(\/reset-password\/)[^/?#]+/,
  /^(\/submit\/case\/)[^/?#]+/,
  /^(\/organisations\/confirm\/)[^/?#]+/,
  /^(\/calls-for-input\/confirm\/)[^/?#]+/,
];

/**
 * The path as logged: never the query string (search words, a status token, filters can say what a
 * person looked for), secrets in the path replaced by ":token", at most 200 characters.
 */
export function loggablePath(url: string | undefined): string {
  let p = (url ?? "/").split(/[?#]/, 1)[0] ?? "/";
  for (const re of SECRET_SEGMENTS) p = p.replace(re, "$1:token");
  return p.length > 200 ? `${p.slice(0, 200)}…` : p;
}
