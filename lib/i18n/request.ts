import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "../auth/session";
import { MESSAGES } from "./messages";
import { DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage, LOCALE_COOKIE } from "./config";
import { GENEVA_TIME_ZONE } from "../core/geneva";

// The language is chosen by the switcher (a cookie, on this browser); else, for a signed-in user,
// the language of their account (User.locale: given when the account was made, changed by the
// switcher) unless it is the default English, which nobody may have chosen; else the browser's
// Accept-Language.
export default getRequestConfig(async () => {
  const actor = await getActor();
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookieLocale)
    ? cookieLocale
    : actor && isLocale(actor.locale) && actor.locale !== DEFAULT_LOCALE
      ? actor.locale
      : localeFromAcceptLanguage((await headers()).get("accept-language"));
  const messages = MESSAGES[locale];
  // Dates show in the user's own time zone; deadlines add Geneva time explicitly where they appear.
  const timeZone = actor?.timeZone ?? GENEVA_TIME_ZONE;
  return { locale, messages, timeZone };
});
