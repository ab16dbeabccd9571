import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "../auth/session";
import { MESSAGES } from "./messages";
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE } from "./config";
import { GENEVA_TIME_ZONE } from "../core/geneva";

// The language is chosen by the switcher (a cookie), else by the browser's Accept-Language.
export default getRequestConfig(async () => {
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookieLocale) ? cookieLocale : localeFromAcceptLanguage((await headers()).get("accept-language"));
  const messages = MESSAGES[locale];
  // Dates show in the user's own time zone; deadlines add Geneva time explicitly where they appear.
  const timeZone = (await getActor())?.timeZone ?? GENEVA_TIME_ZONE;
  return { locale, messages, timeZone };
});
