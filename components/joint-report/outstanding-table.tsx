import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { JointReport } from "@/lib/joint-report/get-joint-report";
import { localized } from "@/lib/i18n/localized";
import { cell, GENEVA_DAY } from "./format";
import { ReportTable } from "./report-table";

const COLUMNS = ["state", "count", "oldest"] as const;

/** Section (d), R7: communications still unanswered, per State. */
export async function OutstandingTable({ rows }: { rows: JointReport["outstanding"]["perState"] }) {
  const [t, format, locale] = await Promise.all([getTranslations("jointReport"), getFormatter(), getLocale()]);
  return (
    <ReportTable headings={COLUMNS.map((k) => t(`columns.${k}`))}>
      {rows.map((r) => (
        <tr key={r.state.id} className="border-b border-slate-100 align-top" data-testid="joint-report-outstanding">
          <th scope="row" className={`${cell} text-left font-normal`}>
            {localized(r.state, "name", locale)}
          </th>
          <td className={`${cell} tabular-nums`}>{format.number(r.count)}</td>
          <td className="py-2 whitespace-nowrap">
            <time dateTime={r.oldestSentAt.toISOString()}>{format.dateTime(r.oldestSentAt, GENEVA_DAY)}</time>
          </td>
        </tr>
      ))}
    </ReportTable>
  );
}
