import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { FollowUpRow } from "@/lib/follow-up/find-follow-up";
import { localized } from "@/lib/i18n/localized";
import { FollowUpMailStatus } from "./follow-up-mail-status";
import { GenevaTime } from "@/components/ui/geneva-time";
import { DataTable, type Column } from "@/components/ui/data-table";

/** The reminders and follow-up letters queued (R16), each with its communication and its mail (R1). */
export async function FollowUpTable({ rows }: { rows: FollowUpRow[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("followUp"), getFormatter(), getLocale()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const columns: Column<FollowUpRow>[] = [
    {
      key: "queued",
      header: t("columns.queued"),
      nowrap: true,
      cell: (r) => <time dateTime={r.createdAt.toISOString()}>{when(r.createdAt)}</time>,
    },
    { key: "kind", header: t("columns.kind"), cell: (r) => t(`kinds.${r.kind}`) },
    {
      key: "reference",
      header: t("columns.reference"),
      rowHeader: true,
      nowrap: true,
      cell: (r) => <Link href={`/portal/secretariat/communications/${r.communication.id}`}>{r.communication.reference}</Link>,
    },
    {
      key: "addressee",
      header: t("columns.addressee"),
      cell: ({ communication: c }) =>
        c.addresseeState ? localized(c.addresseeState, "name", locale) : (c.addresseeOtherActor?.name ?? ""),
    },
    {
      key: "deadline",
      header: t("columns.deadline"),
      nowrap: true,
      cell: (r) => (r.communication.replyDueAt ? <GenevaTime at={r.communication.replyDueAt} /> : null),
    },
    {
      key: "status",
      header: t("columns.status"),
      cell: (r) => <FollowUpMailStatus status={r.status} notBefore={r.notBefore} sentAt={r.sentAt} />,
    },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} rowAttributes={() => ({ "data-testid": "follow-up-row" })} />;
}
