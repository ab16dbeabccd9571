import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { publicReprisalCounts } from "@/lib/reprisals/find-public-reprisals";
import { localized } from "@/lib/i18n/localized";

/** Counts of public entries per year and per State, each a link that filters the register. */
export async function ReprisalCounts({
  counts,
  selected,
}: {
  counts: Awaited<ReturnType<typeof publicReprisalCounts>>;
  selected: { state?: string; year?: number };
}) {
  const [t, format, locale] = await Promise.all([getTranslations("reprisals"), getFormatter(), getLocale()]);
  const link = (q: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams(
      Object.entries(q)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    );
    return `/reprisals${p.size ? `?${p}` : ""}`;
  };
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="per-year-h">
        <h2 id="per-year-h">{t("perYear")}</h2>
        {counts.byYear.length === 0 ? (
          <p>{t("noPublicEntries")}</p>
        ) : (
          <table className="mt-2 w-full text-left text-sm" data-testid="counts-per-year">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">
                  {t("year")}
                </th>
                <th scope="col" className="py-1">
                  {t("entriesCount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.byYear.map((r) => (
                <tr key={r.year} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    <Link href={link({ year: r.year, state: selected.state })} aria-current={selected.year === r.year ? "true" : undefined}>
                      {r.year}
                    </Link>
                  </th>
                  <td className="py-1">{format.number(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="per-state-h">
        <h2 id="per-state-h">{t("perState")}</h2>
        {counts.byState.length === 0 ? (
          <p>{t("noPublicEntries")}</p>
        ) : (
          <table className="mt-2 w-full text-left text-sm" data-testid="counts-per-state">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">
                  {t("state")}
                </th>
                <th scope="col" className="py-1">
                  {t("entriesCount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.byState.map((r) => (
                <tr key={r.iso3} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    <Link href={link({ state: r.iso3, year: selected.year })} aria-current={selected.state === r.iso3 ? "true" : undefined}>
                      {localized(r, "name", locale)}
                    </Link>
                  </th>
                  <td className="py-1">{format.number(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
