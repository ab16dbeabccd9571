import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CommunicationRow } from "@/lib/communications/find-communications";
import { localized } from "@/lib/i18n/localized";
import { StatusBadge } from "./status-badge";
import { Deadline } from "./deadline";
import { DataTable, type Column } from "@/components/ui/data-table";

/** The workspace list of communications; `basePath` is the workspace's detail route. */
export async function CommunicationTable({ rows, now, basePath }: { rows: CommunicationRow[]; now: Date; basePath: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("communications"), getFormatter(), getLocale()]);
  const columns: Column<CommunicationRow>[] = [
    {
      key: "subject",
      header: t("subject"),
      rowHeader: true,
      cell: (r) => (
        // An unread letter stands out.
        <span className={r.unread ? "font-semibold" : undefined}>
          {r.unread && <span className="me-1 rounded bg-un-blue px-1.5 text-xs text-white">{t("unread")}</span>}
          <Link href={`${basePath}/${r.id}`}>{r.subject}</Link>
          {r.invitedMandateIds.length > 0 && <span className="ms-1 text-xs text-amber-800">({t("signature.INVITED")})</span>}
        </span>
      ),
    },
    { key: "reference", header: t("reference"), nowrap: true, className: "font-mono", cell: (r) => r.reference ?? "—" },
    {
      key: "addressee",
      header: t("addressee"),
      cell: (r) => (r.addresseeState ? localized(r.addresseeState, "name", locale) : r.addresseeOtherActor?.name),
    },
    { key: "status", header: t("status"), cell: (r) => <StatusBadge status={r.shownStatus} /> },
    {
      key: "replyDue",
      header: t("replyDue"),
      cell: (r) =>
        r.replyDueAt ? (
          <Deadline at={r.replyDueAt} now={now} showDaysLeft={r.replyCount === 0 && r.shownStatus !== "published"} />
        ) : r.sentAt ? (
          format.dateTime(r.sentAt, { dateStyle: "medium" })
        ) : (
          "—"
        ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      rowAttributes={() => ({ "data-testid": "communication-row" })}
      empty={t("empty")}
    />
  );
}
