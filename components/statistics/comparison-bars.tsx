import { barPercent } from "@/lib/statistics/facts-rules";

export type BarRow = { key: string; label: string; current: number; previous: number | null };

/**
 * Bars of a year beside the year before, drawn on the server as SVG (no script, no inline style: the
 * lengths are SVG attributes). The drawing is aria-hidden: the table that follows it in the same
 * figure gives every number, with the links, to everyone; each bar's <title> still shows its value
 * on hover. In right to left the bars grow from the right, like the text.
 */
export function ComparisonBars({
  rows,
  year,
  previousYear,
  format,
}: {
  rows: BarRow[];
  year: number;
  previousYear: number;
  format: (n: number) => string;
}) {
  const max = Math.max(0, ...rows.flatMap((r) => [r.current, r.previous ?? 0]));
  if (max === 0) return null;
  return (
    <div aria-hidden="true" className="space-y-2">
      <p className="flex gap-4 text-xs text-slate-700">
        <span className="inline-flex items-center gap-1">
          <svg width="12" height="12" viewBox="0 0 12 12">
            <rect width="12" height="12" className="fill-un-blue" />
          </svg>
          {year}
        </span>
        <span className="inline-flex items-center gap-1">
          <svg width="12" height="12" viewBox="0 0 12 12">
            <rect width="12" height="12" className="fill-slate-400" />
          </svg>
          {previousYear}
        </span>
      </p>
      <ul className="space-y-1">
        {rows.map((r) => (
          <li key={r.key} className="grid grid-cols-[minmax(0,12rem)_1fr_auto] items-center gap-2 text-sm">
            <span className="truncate">{r.label}</span>
            <svg className="h-5 w-full rtl:-scale-x-100" viewBox="0 0 100 20" preserveAspectRatio="none">
              <rect x="0" y="1" height="10" width={barPercent(r.current, max)} className="fill-un-blue">
                <title>{`${r.label}, ${year}: ${format(r.current)}`}</title>
              </rect>
              {r.previous !== null && (
                <rect x="0" y="13" height="6" width={barPercent(r.previous, max)} className="fill-slate-400">
                  <title>{`${r.label}, ${previousYear}: ${format(r.previous)}`}</title>
                </rect>
              )}
            </svg>
            <span className="tabular-nums">{format(r.current)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
