import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { JointReport } from "@/lib/joint-report/get-joint-report";
import { addresseeName, cell, GENEVA_DAY } from "./format";
import { ReportTable } from "./report-table";

const COLUMNS = ["receivedAt", "reference", "type", "addressee", "sentAt"] as const;

/** Section (b): replies received in the reply period to communications of earlier periods. */
export async function EarlierRepliesTable({ rows }: { rows: JointReport["earlierReplies"] }) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("jointReport"),
    getTranslations("communications"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <ReportTable headings={COLUMNS.map((k) => t(`columns.${k}`))}>
      {rows.map(({ id, receivedAt, communication: c }) => (
        <tr key={id} className="border-b border-slate-100 align-top" data-testid="joint-report-earlier-reply">
          <td className={`${cell} whitespace-nowrap`}>
            <time dateTime={receivedAt.toISOString()}>{format.dateTime(receivedAt, GENEVA_DAY)}</time>
          </td>
          <th scope="row" className={`${cell} text-left font-normal whitespace-nowrap`}>
            <Link href={`/portal/secretariat/communications/${c.id}`}>{c.reference}</Link>
          </th>
          <td className={cell}>{tc(`types.${c.type}`)}</td>
          <td className={cell}>{addresseeName(c, locale)}</td>
          <td className="py-2 whitespace-nowrap">
            <time dateTime={c.sentAt.toISOString()}>{format.dateTime(c.sentAt, GENEVA_DAY)}</time>
          </td>
        </tr>
      ))}
    </ReportTable>
  );
}
