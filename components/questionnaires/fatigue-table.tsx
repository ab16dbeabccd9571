import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { FatigueRow } from "@/lib/questionnaires/fatigue";

/** R12 fatigue for the secretariat: the most-solicited States first; every State in the full table. */
export async function FatigueTable({ rows }: { rows: FatigueRow[] }) {
  const [t, locale, format] = await Promise.all([getTranslations("questionnaires"), getLocale(), getFormatter()]);
  const busiest = rows.filter((r) => r.open > 0 || r.received > 0);
  const table = (list: FatigueRow[], caption: string) => (
    <table className="w-full text-sm">
      <caption className="text-left text-slate-700">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-left">
            {t("state")}
          </th>
          <th scope="col" className="text-right">
            {t("openNow")}
          </th>
          <th scope="col" className="text-right">
            {t("last12Months")}
          </th>
        </tr>
      </thead>
      <tbody>
        {list.map((r) => (
          <tr key={r.id} data-testid={`fatigue-${r.iso3}`}>
            <th scope="row" className="text-left font-normal">
              {localized(r, "name", locale)}
            </th>
            <td className="text-right" data-testid="fatigue-open">
              {format.number(r.open)}
            </td>
            <td className="text-right" data-testid="fatigue-received">
              {format.number(r.received)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section aria-labelledby="fatigue-h" className="space-y-2 rounded border border-slate-300 p-4">
      <h2 id="fatigue-h">{t("fatigueHeading")}</h2>
      <p className="text-sm text-slate-700">{t("fatigueHelp")}</p>
      {busiest.length === 0 ? (
        <p>{t("fatigueNone")}</p>
      ) : (
        <details>
          <summary className="cursor-pointer">{t("fatigueShow", { count: busiest.length })}</summary>
          <div className="mt-2 max-h-96 overflow-y-auto" tabIndex={0} role="region" aria-label={t("fatigueCaption")}>
            {table(busiest, t("fatigueCaption"))}
          </div>
        </details>
      )}
    </section>
  );
}
