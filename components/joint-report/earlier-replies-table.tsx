import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { JointReport } from "@/lib/joint-report/get-joint-report";
import { addresseeName, GENEVA_DAY } from "./format";
import { DataTable, type Column } from "@/components/ui/data-table";

/** Section (b): replies received in the reply period to communications of earlier periods. */
export async function EarlierRepliesTable({ rows }: { rows: JointReport["earlierReplies"] }) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("jointReport"),
    getTranslations("communications"),
    getFormatter(),
    getLocale(),
  ]);
  const columns: Column<JointReport["earlierReplies"][number]>[] = [
    {
      key: "receivedAt",
      header: t("columns.receivedAt"),
      nowrap: true,
      cell: ({ receivedAt }) => <time dateTime={receivedAt.toISOString()}>{format.dateTime(receivedAt, GENEVA_DAY)}</time>,
    },
    {
      key: "reference",
      header: t("columns.reference"),
      rowHeader: true,
      nowrap: true,
      cell: ({ communication: c }) => <Link href={`/portal/secretariat/communications/${c.id}`}>{c.reference}</Link>,
    },
    { key: "type", header: t("columns.type"), cell: ({ communication: c }) => tc(`types.${c.type}`) },
    { key: "addressee", header: t("columns.addressee"), cell: ({ communication: c }) => addresseeName(c, locale) },
    {
      key: "sentAt",
      header: t("columns.sentAt"),
      nowrap: true,
      cell: ({ communication: c }) => <time dateTime={c.sentAt.toISOString()}>{format.dateTime(c.sentAt, GENEVA_DAY)}</time>,
    },
  ];
  return (
    <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} rowAttributes={() => ({ "data-testid": "joint-report-earlier-reply" })} />
  );
}
