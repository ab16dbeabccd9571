import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { MandatePage } from "@/lib/mandates/get-mandate-page";
import { localized } from "@/lib/i18n/localized";

/** The mandate's visit requests (never drafts) and its published reports. */
export async function MandateVisitsAndReports({ visitRequests, reports }: Pick<MandatePage, "visitRequests" | "reports">) {
  const [t, format, locale] = await Promise.all([getTranslations("mandatePage"), getFormatter(), getLocale()]);
  const moment = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  // Visit and presentation dates are calendar dates: shown as stored, whatever the reader's time zone.
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <section aria-labelledby="visits-h" className="space-y-2">
        <h2 id="visits-h">{t("visitsHeading")}</h2>
        {visitRequests.length === 0 ? (
          <p>{t("noVisits")}</p>
        ) : (
          <table className="w-full border-collapse text-sm" data-testid="mandate-visits">
            <caption className="sr-only">{t("visitsHeading")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-3">
                  {t("state")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("status")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("requestedAt")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("answeredAt")}
                </th>
                <th scope="col" className="py-1">
                  {t("visitDates")}
                </th>
              </tr>
            </thead>
            <tbody>
              {visitRequests.map((v) => (
                <tr key={v.id} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    <Link href={`/states/${v.state.iso3}`}>{localized(v.state, "name", locale)}</Link>
                  </th>
                  <td className="py-1 pr-3">{t(`statuses.${v.status}`)}</td>
                  <td className="py-1 pr-3">{moment(v.requestedAt)}</td>
                  <td className="py-1 pr-3">{moment(v.answeredAt)}</td>
                  <td className="py-1">{v.visit ? `${day(v.visit.startDate)} – ${day(v.visit.endDate)}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="reports-h" className="space-y-2">
        <h2 id="reports-h">{t("reportsHeading")}</h2>
        {reports.length === 0 ? (
          <p>{t("noReports")}</p>
        ) : (
          <table className="w-full border-collapse text-sm" data-testid="mandate-reports">
            <caption className="sr-only">{t("reportsHeading")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-3">
                  {t("symbol")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("title")}
                </th>
                <th scope="col" className="py-1">
                  {t("presentedAt")}
                </th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 text-left font-mono font-normal">
                    {r.symbol}
                  </th>
                  <td className="py-1 pr-3">{r.title}</td>
                  <td className="py-1">{r.presentedAt ? day(r.presentedAt) : t("notPresented")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
