import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { findThemes } from "@/lib/themes/find-themes";
import { localized } from "@/lib/i18n/localized";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("themes"))("heading") };
}

/** R14: the cross-cutting themes and the 17 SDGs, each with how many public items carry it. */
export default async function Themes() {
  const [t, format, locale, themes] = await Promise.all([getTranslations("themes"), getFormatter(), getLocale(), findThemes()]);
  const groups = [
    { kind: "CROSS_CUTTING", heading: t("crossCutting") },
    { kind: "SDG", heading: t("sdgs") },
  ] as const;
  return (
    <div className="space-y-6">
      <h1>{t("heading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`${g.kind}-h`} className="space-y-2">
          <h2 id={`${g.kind}-h`}>{g.heading}</h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {themes
              .filter((th) => th.kind === g.kind)
              .map((th) => (
                <li key={th.slug} className="rounded border border-slate-200 p-3" data-testid="theme-card">
                  <Link href={`/themes/${th.slug}`} className="font-medium">
                    {localized(th, "name", locale)}
                  </Link>
                  <p className="text-sm text-slate-700">{t("itemsCount", { count: th.total, formatted: format.number(th.total) })}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
