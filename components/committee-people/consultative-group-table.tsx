import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { ConsultativeGroupRow } from "@/lib/committee-people/consultative-group";
import { removeConsultativeGroupMemberAction } from "@/lib/committee-people/actions";
import { ActionButton } from "@/components/communications/action-button";

/** A year's Consultative Group; with `removable`, the secretariat can remove a member recorded in error. */
export async function ConsultativeGroupTable({
  members,
  year,
  removable = false,
}: {
  members: ConsultativeGroupRow[];
  year: number;
  removable?: boolean;
}) {
  const t = await getTranslations("committeePeople");
  return (
    <DataTable
      caption={t("consultativeGroupOfYear", { year })}
      rows={members}
      rowKey={(m) => m.id}
      empty={t("consultativeGroupEmpty", { year })}
      columns={[
        { key: "name", header: t("memberName"), rowHeader: true, cell: (m) => m.name },
        { key: "group", header: t("regionalGroup"), cell: (m) => t(`region${m.regionalGroup}` as "regionAFRICAN") },
        ...(removable
          ? [
              {
                key: "remove",
                header: t("remove"),
                hiddenHeader: true,
                cell: (m: ConsultativeGroupRow) => (
                  <ActionButton
                    action={removeConsultativeGroupMemberAction}
                    fields={{ id: m.id }}
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
