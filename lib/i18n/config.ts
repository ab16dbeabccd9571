// The six official languages of the United Nations, in the UN's own order (alphabetical in English:
// Arabic, Chinese, English, French, Russian, Spanish) — the order of the language switcher and of
// every list of languages. Each is named in itself.
export const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const LOCALE_NAMES: Record<Locale, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** Languages written right to left (the root layout's `dir`). */
const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(["ar"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The writing direction of a locale, for `<html dir>`. */
export function directionOf(locale: string): "rtl" | "ltr" {
  return isLocale(locale) && RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}

/**
 * Picks the best supported locale from an Accept-Language header. Only the primary language subtag
 * counts: every Chinese (zh-CN, zh-Hans, zh-TW, zh-Hant-HK) gets the UN's Chinese, every Arabic
 * (ar-EG, ar-SA) its Arabic.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find(isLocale) ?? DEFAULT_LOCALE;
}

/**
 * The interface's language for a request: the switcher's choice on this browser (a cookie); else,
 * for a signed-in user, the language of their account (User.locale: given when the account was
 * made) unless it is the default English, which nobody may have chosen; else the browser's
 * Accept-Language.
 */
export function requestLocale({
  cookie,
  account,
  acceptLanguage,
}: {
  cookie: string | null | undefined;
  account: string | null | undefined;
  acceptLanguage: string | null | undefined;
}): Locale {
  if (isLocale(cookie)) return cookie;
  if (isLocale(account) && account !== DEFAULT_LOCALE) return account;
  return localeFromAcceptLanguage(acceptLanguage);
}
