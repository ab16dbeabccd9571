import { getFormatter, getTranslations } from "next-intl/server";
import type { MandatePage } from "@/lib/mandates/get-mandate-page";

/** Holders past and present, newest first. Names in the sample data are fictional. */
export async function HoldersTable({ tenures }: { tenures: MandatePage["tenures"] }) {
  const [t, format] = await Promise.all([getTranslations("mandatePage"), getFormatter()]);
  // Tenure dates are calendar dates: shown as stored, whatever the reader's time zone.
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <section aria-labelledby="holders-h" className="space-y-2">
      <h2 id="holders-h">{t("holdersHeading")}</h2>
      {tenures.length === 0 ? (
        <p>{t("noHolders")}</p>
      ) : (
        <table className="w-full border-collapse text-sm" data-testid="mandate-holders">
          <caption className="sr-only">{t("holdersHeading")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-3">
                {t("holder")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("role")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("from")}
              </th>
              <th scope="col" className="py-1">
                {t("to")}
              </th>
            </tr>
          </thead>
          <tbody>
            {tenures.map((h) => (
              <tr key={h.id} className="border-b border-slate-100">
                <th scope="row" className={`py-1 pr-3 text-left ${h.current ? "font-semibold" : "font-normal"}`}>
                  {h.mandateHolder.name}
                </th>
                <td className="py-1 pr-3">{t(`roles.${h.role}`)}</td>
                <td className="py-1 pr-3">{date(h.startDate)}</td>
                <td className="py-1">{h.endDate && !h.current ? date(h.endDate) : t("present")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
