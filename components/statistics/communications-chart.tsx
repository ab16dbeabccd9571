"use client";

import { useSyncExternalStore } from "react";
import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Charts only draw what the HTML table beside them states in full: they are aria-hidden, and
// recharts' keyboard layer is off so that nothing focusable sits inside a hidden element.
// They are drawn in the browser only: recharts' server output puts width and height attributes on a
// <div>, which is not valid HTML, and the wrapper keeps the chart's height so nothing moves when it
// appears.
//
// In a right-to-left page the drawing keeps its axes as in print (amounts on the left, years from
// left to right), hence the physical `margin` below; only the HTML around it (legend, tooltip)
// follows the page. Its SVG is laid out left to right: SVG text inherits the page's direction, and
// in right to left "text-anchor: end" would put the amounts' labels inside the plot, over the bars.
// recharts puts the legend's gap after each icon with an inline margin-right; in right to left the
// icon follows its label, so the gap goes to its left (physical on purpose, and !important to beat
// the inline style). Years and amounts are written by next-intl's formatter, in the reader's locale.
const DRAWING_LEFT_TO_RIGHT = "[&_svg]:[direction:ltr] rtl:[&_.recharts-legend-item_svg]:[margin:0_0_0_4px]!";

const noSubscription = () => () => {};
/** False on the server and during hydration, true once mounted in the browser. */
function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export type CommunicationsChartRow = { year: number; AL: number; UA: number; OL: number };
export type ReplyRateChartRow = { year: number; replyRate: number | null };

const TYPE_COLOURS = { AL: "#0a5a9c", UA: "#b45309", OL: "#64748b" } as const;

/** Stacked bars: communications received per year, by type. */
export function CommunicationsChart({
  rows,
  typeLabels,
}: {
  rows: CommunicationsChartRow[];
  typeLabels: Record<keyof typeof TYPE_COLOURS, string>;
}) {
  const format = useFormatter();
  const year = (v: number) => format.number(v, { useGrouping: false });
  const inBrowser = useInBrowser();
  return (
    <div aria-hidden="true" className={`h-64 w-full ${DRAWING_LEFT_TO_RIGHT}`}>
      {inBrowser && (
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 256 }}>
          <BarChart data={rows} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" tickLine={false} tickFormatter={year} />
            <YAxis allowDecimals={false} tickFormatter={(v: number) => format.number(v)} />
            <Tooltip formatter={(v) => format.number(Number(v))} />
            <Legend />
            {(["AL", "UA", "OL"] as const).map((type) => (
              <Bar key={type} dataKey={type} name={typeLabels[type]} stackId="types" fill={TYPE_COLOURS[type]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    </div>
  );
}

/** Bars of the reply rate per year (a year without communications has no bar). */
export function ReplyRateChart({ rows, label }: { rows: ReplyRateChartRow[]; label: string }) {
  const format = useFormatter();
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const year = (v: number) => format.number(v, { useGrouping: false });
  const inBrowser = useInBrowser();
  return (
    <div aria-hidden="true" className={`h-48 w-full ${DRAWING_LEFT_TO_RIGHT}`}>
      {inBrowser && (
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 192 }}>
          <BarChart data={rows} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" tickLine={false} tickFormatter={year} />
            <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={percent} />
            <Tooltip formatter={(v) => percent(Number(v))} />
            <Bar dataKey="replyRate" name={label} fill="#0a5a9c" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </div>
  );
}
