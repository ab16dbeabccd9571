import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { JointReport } from "@/lib/joint-report/get-joint-report";
import { localized } from "@/lib/i18n/localized";
import { GENEVA_DAY } from "./format";
import { DataTable, type Column } from "@/components/ui/data-table";

/** Section (d), R7: communications still unanswered, per State. */
export async function OutstandingTable({ rows }: { rows: JointReport["outstanding"]["perState"] }) {
  const [t, format, locale] = await Promise.all([getTranslations("jointReport"), getFormatter(), getLocale()]);
  const columns: Column<JointReport["outstanding"]["perState"][number]>[] = [
    { key: "state", header: t("columns.state"), rowHeader: true, cell: (r) => localized(r.state, "name", locale) },
    { key: "count", header: t("columns.count"), align: "end", cell: (r) => format.number(r.count) },
    {
      key: "oldest",
      header: t("columns.oldest"),
      nowrap: true,
      cell: (r) => <time dateTime={r.oldestSentAt.toISOString()}>{format.dateTime(r.oldestSentAt, GENEVA_DAY)}</time>,
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(r) => r.state.id}
      rowAttributes={() => ({ "data-testid": "joint-report-outstanding" })}
    />
  );
}
