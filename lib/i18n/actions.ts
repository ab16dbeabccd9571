"use server";
import { cookies } from "next/headers";
import { isLocale, LOCALE_COOKIE } from "./config";

/** The language switcher: remembers the choice for a year. Not a mutation of portal data. */
export async function setLocale(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
