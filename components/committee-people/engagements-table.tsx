import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import { localized } from "@/lib/i18n/localized";
import type { EngagementRow } from "@/lib/committee-people/find-engagements";
import { removeEngagementAction } from "@/lib/committee-people/actions";
import { ActionButton } from "@/components/communications/action-button";
import { CALENDAR_DATE } from "./calendar-date";

/** The register of former holders' engagement (CC4); with `removable`, the secretariat can remove an entry. */
export async function EngagementsTable({ rows, removable = false }: { rows: EngagementRow[]; removable?: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("committeePeople"), getFormatter(), getLocale()]);
  return (
    <DataTable
      caption={t("formerCaption")}
      captionHidden
      testId="engagements"
      rows={rows}
      rowKey={(r) => r.id}
      rowAttributes={() => ({ "data-testid": "engagement" })}
      empty={t("formerEmpty")}
      columns={[
        { key: "holder", header: t("formerHolder"), rowHeader: true, cell: (r) => r.mandateHolder.name },
        {
          key: "mandate",
          header: t("mandate"),
          cell: (r) => <Link href={`/mandates/${r.mandate.slug}`}>{localized(r.mandate, "title", locale)}</Link>,
        },
        { key: "activity", header: t("activity"), cell: (r) => <span className="whitespace-pre-line">{r.activity}</span> },
        { key: "date", header: t("date"), nowrap: true, cell: (r) => format.dateTime(r.occurredOn, CALENDAR_DATE) },
        ...(removable
          ? [
              {
                key: "remove",
                header: t("remove"),
                hiddenHeader: true,
                cell: (r: EngagementRow) => (
                  <ActionButton
                    action={removeEngagementAction}
                    fields={{ id: r.id }}
                    label={t("remove")}
                    tone="secondary"
                    confirm={t("confirmRemove")}
                    cancelLabel={t("cancel")}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
