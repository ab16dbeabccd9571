import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { FatigueRow } from "@/lib/questionnaires/fatigue";
import { DataTable, type Column } from "@/components/ui/data-table";

/** R12 fatigue for the secretariat: the most-solicited States first; every State in the full table. */
export async function FatigueTable({ rows }: { rows: FatigueRow[] }) {
  const [t, locale, format] = await Promise.all([getTranslations("questionnaires"), getLocale(), getFormatter()]);
  const busiest = rows.filter((r) => r.open > 0 || r.received > 0);
  const columns: Column<FatigueRow>[] = [
    { key: "state", header: t("state"), rowHeader: true, cell: (r) => localized(r, "name", locale) },
    { key: "open", header: t("openNow"), align: "end", cell: (r) => <span data-testid="fatigue-open">{format.number(r.open)}</span> },
    {
      key: "received",
      header: t("last12Months"),
      align: "end",
      cell: (r) => <span data-testid="fatigue-received">{format.number(r.received)}</span>,
    },
  ];
  const table = (list: FatigueRow[], caption: string) => (
    <DataTable
      caption={caption}
      columns={columns}
      rows={list}
      rowKey={(r) => r.id}
      rowAttributes={(r) => ({ "data-testid": `fatigue-${r.iso3}` })}
      compact
    />
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
