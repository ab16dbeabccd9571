import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { publicReprisalCounts } from "@/lib/reprisals/find-public-reprisals";
import { localized } from "@/lib/i18n/localized";
import { DataTable, type Column } from "@/components/ui/data-table";

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
  type Counts = Awaited<ReturnType<typeof publicReprisalCounts>>;
  const yearColumns: Column<Counts["byYear"][number]>[] = [
    {
      key: "year",
      header: t("year"),
      rowHeader: true,
      cell: (r) => (
        <Link href={link({ year: r.year, state: selected.state })} aria-current={selected.year === r.year ? "true" : undefined}>
          {r.year}
        </Link>
      ),
    },
    { key: "count", header: t("entriesCount"), align: "end", cell: (r) => format.number(r.count) },
  ];
  const stateColumns: Column<Counts["byState"][number]>[] = [
    {
      key: "state",
      header: t("state"),
      rowHeader: true,
      cell: (r) => (
        <Link href={link({ state: r.iso3, year: selected.year })} aria-current={selected.state === r.iso3 ? "true" : undefined}>
          {localized(r, "name", locale)}
        </Link>
      ),
    },
    { key: "count", header: t("entriesCount"), align: "end", cell: (r) => format.number(r.count) },
  ];
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="per-year-h">
        <h2 id="per-year-h">{t("perYear")}</h2>
        <div className="mt-2">
          <DataTable
            columns={yearColumns}
            rows={counts.byYear}
            rowKey={(r) => r.year}
            testId="counts-per-year"
            empty={t("noPublicEntries")}
            compact
          />
        </div>
      </section>
      <section aria-labelledby="per-state-h">
        <h2 id="per-state-h">{t("perState")}</h2>
        <div className="mt-2">
          <DataTable
            columns={stateColumns}
            rows={counts.byState}
            rowKey={(r) => r.iso3}
            testId="counts-per-state"
            empty={t("noPublicEntries")}
            compact
          />
        </div>
      </section>
    </div>
  );
}
