import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { JointReport } from "@/lib/joint-report/get-joint-report";
import { localized } from "@/lib/i18n/localized";
import { addresseeName, cell, GENEVA_DAY } from "./format";
import { ReportTable } from "./report-table";

const COLUMNS = ["reference", "type", "addressee", "mandates", "sentAt", "reply"] as const;

/** Section (a): the communications sent in the period, and whether each was answered. */
export async function SentTable({ rows }: { rows: JointReport["sent"] }) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("jointReport"),
    getTranslations("communications"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <ReportTable headings={COLUMNS.map((k) => t(`columns.${k}`))}>
      {rows.map((c) => (
        <tr key={c.id} className="border-b border-slate-100 align-top" data-testid="joint-report-sent">
          <th scope="row" className={`${cell} text-left font-normal whitespace-nowrap`}>
            <Link href={`/portal/secretariat/communications/${c.id}`}>{c.reference}</Link>
          </th>
          <td className={cell}>{tc(`types.${c.type}`)}</td>
          <td className={cell}>{addresseeName(c, locale)}</td>
          <td className={cell}>{c.mandates.map((m) => localized(m, "title", locale)).join("; ")}</td>
          <td className={`${cell} whitespace-nowrap`}>
            <time dateTime={c.sentAt.toISOString()}>{format.dateTime(c.sentAt, GENEVA_DAY)}</time>
          </td>
          <td className="py-2 whitespace-nowrap">
            {c.repliedAt ? <time dateTime={c.repliedAt.toISOString()}>{format.dateTime(c.repliedAt, GENEVA_DAY)}</time> : t("sent.noReply")}
          </td>
        </tr>
      ))}
    </ReportTable>
  );
}
