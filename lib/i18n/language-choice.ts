import { isLocale, LOCALE_COOKIE, type Locale } from "./config";

/** How long the language switcher's choice is remembered. */
export const LOCALE_COOKIE_OPTIONS = { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" } as const;
export { LOCALE_COOKIE };

/**
 * The language switcher's answer: the language to remember (null for anything but a supported one)
 * and where to send the visitor back — the path and query of the page the form was on (its
 * Referer), never another host: only the path is kept, and one that a browser would read as
 * another host ("//evil.example", "/\evil.example") becomes the home page.
 */
export function languageChoice(locale: unknown, referer: string | null): { locale: Locale | null; location: string } {
  return { locale: isLocale(locale) ? locale : null, location: backTo(referer) };
}

function backTo(referer: string | null): string {
  if (!referer) return "/";
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return "/";
  }
  const path = `${url.pathname}${url.search}`;
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}
