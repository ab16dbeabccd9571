import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/config";

export async function LanguageSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("nav")]);
  return (
    <form action="/language" method="post" className="flex items-center gap-1 text-sm" aria-label={t("language")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-current={l === locale ? "true" : undefined}
          className={
            l === locale
              ? "rounded px-2 py-1 font-semibold text-white bg-un-blue-dark"
              : "rounded px-2 py-1 text-white underline-offset-2 hover:underline"
          }
        >
          {LOCALE_NAMES[l]}
        </button>
      ))}
    </form>
  );
}
