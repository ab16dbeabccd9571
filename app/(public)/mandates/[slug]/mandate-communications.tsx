import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { MandatePage } from "@/lib/mandates/get-mandate-page";
import { localized } from "@/lib/i18n/localized";

/** Published communications only (R5): counts by year and the latest ten. */
export async function MandateCommunications({ communications }: { communications: MandatePage["communications"] }) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("mandatePage"),
    getTranslations("communications"),
    getFormatter(),
    getLocale(),
  ]);
  const { total, byYear, latest } = communications;
  return (
    <section aria-labelledby="communications-h" className="space-y-4">
      <h2 id="communications-h">{t("communicationsHeading")}</h2>
      <p data-testid="mandate-communications-total">{t("communicationsTotal", { count: total })}</p>
      {total === 0 ? (
        <p>{t("noCommunications")}</p>
      ) : (
        <>
          <table className="border-collapse text-sm" data-testid="mandate-communications-by-year">
            <caption className="text-left font-medium">{t("byYearCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-6 text-left">
                  {t("year")}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t("count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {byYear.map((y) => (
                <tr key={y.year} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-6 text-left font-normal">
                    {y.year}
                  </th>
                  <td className="py-1 text-right tabular-nums">{format.number(y.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t("latestHeading")}</h3>
          <table className="w-full border-collapse text-sm" data-testid="mandate-latest-communications">
            <caption className="sr-only">{t("latestHeading")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-3">
                  {t("reference")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("sentAt")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("addressee")}
                </th>
                <th scope="col" className="py-1">
                  {t("subject")}
                </th>
              </tr>
            </thead>
            <tbody>
              {latest.map((c) => (
                <tr key={c.id} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    <Link href={`/communications/${c.id}`} className="font-mono">
                      {c.reference}
                    </Link>
                    <span className="sr-only"> ({tc(`types.${c.type}`)})</span>
                  </th>
                  <td className="py-1 pr-3 whitespace-nowrap">{c.sentAt && format.dateTime(c.sentAt, { dateStyle: "medium" })}</td>
                  <td className="py-1 pr-3">
                    {c.addresseeState ? (
                      <Link href={`/states/${c.addresseeState.iso3}`}>{localized(c.addresseeState, "name", locale)}</Link>
                    ) : (
                      c.addresseeOtherActor?.name
                    )}
                  </td>
                  <td className="py-1">{c.subject}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="text-sm">
            <Link href="/communications">{t("allCommunications")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
