import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import Link from "@/components/ui/link";
import type { InductionMaterialRow, InductionSessionRow } from "@/lib/committee-people/find-induction-programme";
import { removeInductionMaterialAction } from "@/lib/committee-people/actions";
import { ActionButton } from "@/components/communications/action-button";
import { CALENDAR_DATE } from "./calendar-date";

/** Where a material opens: its link, or its file through the authorised download route. */
export function materialHref(m: InductionMaterialRow): string {
  return m.file ? `/api/committee/induction-materials/${m.id}` : (m.url ?? "#");
}

/**
 * The induction programme. `materials` is null for readers who may not see them (the public): the
 * column is then left out altogether. With `editable`, the secretariat opens a session to edit or
 * delete it and can withdraw a material.
 */
export async function InductionTable({ sessions, editable = false }: { sessions: InductionSessionRow[]; editable?: boolean }) {
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
        {
          key: "title",
          header: t("session"),
          rowHeader: true,
          cell: (s) => (editable ? <Link href={`/portal/secretariat/committee/induction/${s.id}`}>{s.title}</Link> : s.title),
        },
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
                  s.materials && s.materials.length > 0 ? <MaterialList materials={s.materials} editable={editable} /> : t("noMaterials"),
              },
            ]
          : []),
      ]}
    />
  );
}

/** A material's link; a file says so (it downloads rather than opens a page). */
export function MaterialLink({ material, fileLabel }: { material: InductionMaterialRow; fileLabel: string }) {
  return (
    <a href={materialHref(material)} {...(material.file ? { download: "" } : { rel: "noopener noreferrer" })}>
      {material.title}
      {material.file && <span className="text-sm text-slate-600"> ({fileLabel})</span>}
    </a>
  );
}

/** A session's materials, each with its link; with `editable`, the secretariat's button to withdraw one. */
export async function MaterialList({ materials, editable = false }: { materials: InductionMaterialRow[]; editable?: boolean }) {
  const t = await getTranslations("committeePeople");
  return (
    <ul className="space-y-1" data-testid="induction-materials">
      {materials.map((m) => (
        <li key={m.id} className="flex flex-wrap items-center gap-2">
          <MaterialLink material={m} fileLabel={t("materialFile")} />
          {editable && (
            <ActionButton
              action={removeInductionMaterialAction}
              fields={{ id: m.id }}
              label={t("remove")}
              tone="secondary"
              confirm={t("confirmRemoveMaterial")}
              cancelLabel={t("cancel")}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
