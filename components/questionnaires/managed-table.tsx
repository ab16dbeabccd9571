import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { ManagedRow } from "@/lib/questionnaires/find-managed-questionnaires";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";
import { DataTable, type Column } from "@/components/ui/data-table";

/** The workspace list of calls, with their status and how many answered. */
export async function ManagedTable({ rows, basePath }: { rows: ManagedRow[]; basePath: string }) {
  const [t, locale, format] = await Promise.all([getTranslations("questionnaires"), getLocale(), getFormatter()]);
  const columns: Column<ManagedRow>[] = [
    { key: "title", header: t("title"), cell: (r) => <Link href={`${basePath}/${r.id}`}>{r.title}</Link> },
    { key: "mandates", header: t("mandates"), cell: (r) => r.mandates.map((m) => localized(m.mandate, "title", locale)).join("; ") },
    { key: "status", header: t("statusLabel"), cell: (r) => t(`statuses.${r.status}`) },
    {
      key: "deadline",
      header: t("deadline"),
      cell: (r) => (
        <time dateTime={r.deadline.toISOString()}>{format.dateTime(r.deadline, { dateStyle: "medium", timeZone: GENEVA_TIME_ZONE })}</time>
      ),
    },
    {
      key: "answered",
      header: t("answered"),
      align: "end",
      cell: (r) => (
        <>
          {format.number(r._count.responses)}
          {r._count.targets ? ` / ${format.number(r._count.targets)}` : ""}
        </>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      rowAttributes={() => ({ "data-testid": "managed-row" })}
      empty={t("noCalls")}
    />
  );
}
