import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { JointReport } from "@/lib/joint-report/get-joint-report";
import { FollowUpMailStatus } from "@/components/follow-up/follow-up-mail-status";
import { addresseeName, cell, GENEVA_DAY } from "./format";
import { ReportTable } from "./report-table";

const COLUMNS = ["date", "kind", "reference", "addressee", "mail"] as const;

/** Section (c), R16: reminders and follow-up letters, shown in the next joint report. */
export async function FollowUpsTable({ rows }: { rows: JointReport["followUps"] }) {
  const [t, tf, format, locale] = await Promise.all([
    getTranslations("jointReport"),
    getTranslations("followUp"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <ReportTable headings={COLUMNS.map((k) => t(`columns.${k}`))}>
      {rows.map((m) => (
        <tr key={m.id} className="border-b border-slate-100 align-top" data-testid="joint-report-follow-up">
          <td className={`${cell} whitespace-nowrap`}>
            <time dateTime={m.createdAt.toISOString()}>{format.dateTime(m.createdAt, GENEVA_DAY)}</time>
          </td>
          <td className={cell}>{tf(`kinds.${m.kind}`)}</td>
          <th scope="row" className={`${cell} text-left font-normal whitespace-nowrap`}>
            <Link href={`/portal/secretariat/communications/${m.communication.id}`}>{m.communication.reference}</Link>
          </th>
          <td className={cell}>{addresseeName(m.communication, locale)}</td>
          <td className="py-2">
            <FollowUpMailStatus status={m.status} notBefore={m.notBefore} sentAt={m.sentAt} />
          </td>
        </tr>
      ))}
    </ReportTable>
  );
}
