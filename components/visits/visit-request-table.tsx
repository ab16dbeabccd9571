import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { DataTable, type Column } from "@/components/ui/data-table";

type Row = {
  id: string;
  status: string;
  /** The State invited (STATE) rather than the mandate requested. */
  initiator?: string;
  requestedAt: Date | null;
  mandate: { titleEn: string; titleFr: string; titleEs: string; titleAr: string; titleZh: string; titleRu: string };
  state: { iso3: string; nameEn: string; nameFr: string; nameEs: string; nameAr: string; nameZh: string; nameRu: string };
  visit: { startDate: Date; endDate: Date; delayDays?: number | null } | null;
};

/** Visit requests (and States' invitations, marked) as a table: State, mandate, status, request date, visit dates (calendar dates, UTC). */
export async function VisitRequestTable({ rows, basePath, showDelay = false }: { rows: Row[]; basePath: string; showDelay?: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("visits"), getFormatter(), getLocale()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const columns: Column<Row>[] = [
    {
      key: "state",
      header: t("state"),
      rowHeader: true,
      cell: (r) => <Link href={`${basePath}/${r.id}`}>{localized(r.state, "name", locale)}</Link>,
    },
    { key: "mandate", header: t("mandate"), cell: (r) => localized(r.mandate, "title", locale) },
    {
      key: "status",
      header: t("status"),
      cell: (r) => (
        <>
          <span data-testid="row-status">{t(`statuses.${r.status}` as never)}</span>
          {r.initiator === "STATE" && <span data-testid="row-invitation"> · {t("invitedByState")}</span>}
        </>
      ),
    },
    {
      key: "requestedAt",
      header: t("requestedAt"),
      cell: (r) => (r.requestedAt ? format.dateTime(r.requestedAt, { dateStyle: "medium" }) : "—"),
    },
    { key: "visitDates", header: t("visitDates"), cell: (r) => (r.visit ? `${day(r.visit.startDate)} – ${day(r.visit.endDate)}` : "—") },
    ...(showDelay
      ? [
          {
            key: "delay",
            header: t("delay"),
            cell: (r: Row) => (r.visit?.delayDays != null ? t("days", { count: r.visit.delayDays }) : "—"),
          },
        ]
      : []),
  ];
  return (
    <DataTable
      caption={t("listCaption")}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      rowAttributes={() => ({ "data-testid": "visit-row" })}
      testId="visit-requests"
      empty={t("empty")}
      compact
    />
  );
}
