import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { JointReport } from "@/lib/joint-report/get-joint-report";
import { FollowUpMailStatus } from "@/components/follow-up/follow-up-mail-status";
import { addresseeName, GENEVA_DAY } from "./format";
import { DataTable, type Column } from "@/components/ui/data-table";

/** Section (c), R16: reminders and follow-up letters, shown in the next joint report. */
export async function FollowUpsTable({ rows }: { rows: JointReport["followUps"] }) {
  const [t, tf, format, locale] = await Promise.all([
    getTranslations("jointReport"),
    getTranslations("followUp"),
    getFormatter(),
    getLocale(),
  ]);
  const columns: Column<JointReport["followUps"][number]>[] = [
    {
      key: "date",
      header: t("columns.date"),
      nowrap: true,
      cell: (m) => <time dateTime={m.createdAt.toISOString()}>{format.dateTime(m.createdAt, GENEVA_DAY)}</time>,
    },
    { key: "kind", header: t("columns.kind"), cell: (m) => tf(`kinds.${m.kind}`) },
    {
      key: "reference",
      header: t("columns.reference"),
      rowHeader: true,
      nowrap: true,
      cell: (m) => <Link href={`/portal/secretariat/communications/${m.communication.id}`}>{m.communication.reference}</Link>,
    },
    { key: "addressee", header: t("columns.addressee"), cell: (m) => addresseeName(m.communication, locale) },
    {
      key: "mail",
      header: t("columns.mail"),
      cell: (m) => <FollowUpMailStatus status={m.status} notBefore={m.notBefore} sentAt={m.sentAt} />,
    },
  ];
  return (
    <DataTable columns={columns} rows={rows} rowKey={(m) => m.id} rowAttributes={() => ({ "data-testid": "joint-report-follow-up" })} />
  );
}
