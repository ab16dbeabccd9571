import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "../auth/session";
import { MESSAGES } from "./messages";
import { LOCALE_COOKIE, requestLocale } from "./config";
import { GENEVA_TIME_ZONE } from "../core/geneva";

// The language: lib/i18n/config.ts requestLocale (the switcher's cookie, the account's, the browser's).
export default getRequestConfig(async () => {
  const actor = await getActor();
  const locale = requestLocale({
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
    account: actor?.locale,
    acceptLanguage: (await headers()).get("accept-language"),
  });
  const messages = MESSAGES[locale];
  // Dates show in the user's own time zone; deadlines add Geneva time explicitly where they appear.
  const timeZone = actor?.timeZone ?? GENEVA_TIME_ZONE;
  return { locale, messages, timeZone };
});
