import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { JointReport } from "@/lib/joint-report/get-joint-report";
import { localized } from "@/lib/i18n/localized";
import { addresseeName, GENEVA_DAY } from "./format";
import { DataTable, type Column } from "@/components/ui/data-table";

/** Section (a): the communications sent in the period, and whether each was answered. */
export async function SentTable({ rows }: { rows: JointReport["sent"] }) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("jointReport"),
    getTranslations("communications"),
    getFormatter(),
    getLocale(),
  ]);
  const columns: Column<JointReport["sent"][number]>[] = [
    {
      key: "reference",
      header: t("columns.reference"),
      rowHeader: true,
      nowrap: true,
      cell: (c) => <Link href={`/portal/secretariat/communications/${c.id}`}>{c.reference}</Link>,
    },
    { key: "type", header: t("columns.type"), cell: (c) => tc(`types.${c.type}`) },
    { key: "addressee", header: t("columns.addressee"), cell: (c) => addresseeName(c, locale) },
    { key: "mandates", header: t("columns.mandates"), cell: (c) => c.mandates.map((m) => localized(m, "title", locale)).join("; ") },
    {
      key: "sentAt",
      header: t("columns.sentAt"),
      nowrap: true,
      cell: (c) => <time dateTime={c.sentAt.toISOString()}>{format.dateTime(c.sentAt, GENEVA_DAY)}</time>,
    },
    {
      key: "reply",
      header: t("columns.reply"),
      nowrap: true,
      cell: (c) =>
        c.repliedAt ? <time dateTime={c.repliedAt.toISOString()}>{format.dateTime(c.repliedAt, GENEVA_DAY)}</time> : t("sent.noReply"),
    },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(c) => c.id} rowAttributes={() => ({ "data-testid": "joint-report-sent" })} />;
}
