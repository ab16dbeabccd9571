import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { findStates } from "@/lib/states/find-states";
import { localized } from "@/lib/i18n/localized";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("states"))("heading") };
}

export default async function StatesPage() {
  const [t, locale, states] = await Promise.all([getTranslations("states"), getLocale(), findStates()]);
  const sorted = [...states].sort((a, b) => localized(a, "name", locale).localeCompare(localized(b, "name", locale), locale));
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">
        {t("intro")} {t("count", { count: states.length })}
      </p>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("heading")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              {t("name")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("iso3")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("group")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("status")}
            </th>
            <th scope="col" className="py-2">
              {t("council")}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((s) => (
            <tr key={s.id} className="border-b border-slate-100">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                <Link href={`/states/${s.iso3}`}>{localized(s, "name", locale)}</Link>
              </th>
              <td className="py-1.5 pr-3 font-mono">{s.iso3}</td>
              <td className="py-1.5 pr-3">{t(`groups.${s.regionalGroup}`)}</td>
              <td className="py-1.5 pr-3">{s.status === "MEMBER" ? t("member") : t("observer")}</td>
              <td className="py-1.5">{s.councilTerms.map((c) => t("councilMember", { from: c.fromYear, to: c.toYear })).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
