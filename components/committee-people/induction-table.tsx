import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { InductionSessionRow } from "@/lib/committee-people/find-induction-programme";
import { removeInductionMaterialAction } from "@/lib/committee-people/actions";
import { ActionButton } from "@/components/communications/action-button";
import { CALENDAR_DATE } from "./calendar-date";

/**
 * The induction programme. `materials` is null for readers who may not see them (the public): the
 * column is then left out altogether. With `removable`, the secretariat can withdraw a material.
 */
export async function InductionTable({ sessions, removable = false }: { sessions: InductionSessionRow[]; removable?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("committeePeople"), getFormatter()]);
  const showMaterials = sessions.some((s) => s.materials !== null);
  return (
    <DataTable
      caption={t("sessionsCaption")}
      captionHidden
      testId="induction-sessions"
      rows={sessions}
      rowKey={(s) => s.id}
      empty={t("inductionEmpty")}
      columns={[
        { key: "title", header: t("session"), rowHeader: true, cell: (s) => s.title },
        {
          key: "dates",
          header: t("dates"),
          nowrap: true,
          cell: (s) =>
            s.endsOn && s.endsOn.getTime() !== s.startsOn.getTime()
              ? format.dateTimeRange(s.startsOn, s.endsOn, CALENDAR_DATE)
              : format.dateTime(s.startsOn, CALENDAR_DATE),
        },
        { key: "location", header: t("location"), cell: (s) => s.location },
        { key: "outline", header: t("outline"), cell: (s) => <span className="whitespace-pre-line">{s.outline}</span> },
        ...(showMaterials
          ? [
              {
                key: "materials",
                header: t("materials"),
                cell: (s: InductionSessionRow) =>
                  s.materials && s.materials.length > 0 ? (
                    <ul className="space-y-1" data-testid="induction-materials">
                      {s.materials.map((m) => (
                        <li key={m.id} className="flex flex-wrap items-center gap-2">
                          <a href={m.url} rel="noopener noreferrer">
                            {m.title}
                          </a>
                          {removable && (
                            <ActionButton
                              action={removeInductionMaterialAction}
                              fields={{ id: m.id }}
                              label={t("remove")}
                              tone="secondary"
                              confirm={t("confirmRemove")}
                              cancelLabel={t("cancel")}
                            />
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t("noMaterials")
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
