import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import { localized } from "@/lib/i18n/localized";
import type { CommitteeRole } from "@/lib/generated/prisma/enums";

type Title = { slug: string; titleEn: string; titleFr: string; titleEs: string; titleAr: string; titleZh: string; titleRu: string };
export type CommitteeSeatRow = { id: string; role: CommitteeRole; name: string; mandates: Title[] };

/** The Committee of one year: Chair first, then the Rapporteur and the members, each with the mandates held. */
export async function CommitteeMembersTable({
  year,
  seats,
  action,
}: {
  year: number;
  seats: CommitteeSeatRow[];
  /** A last column (the secretariat's "Remove"), when given. */
  action?: { header: string; cell: (seat: CommitteeSeatRow) => ReactNode };
}) {
  const [t, locale] = await Promise.all([getTranslations("committee"), getLocale()]);
  return (
    <DataTable
      caption={t("membersOfYear", { year })}
      captionHidden
      testId="committee-members"
      rows={seats}
      rowKey={(s) => s.id}
      rowAttributes={() => ({ "data-testid": "committee-seat" })}
      empty={t("noMembers", { year })}
      columns={[
        { key: "name", header: t("name"), rowHeader: true, cell: (s) => s.name },
        { key: "role", header: t("role"), cell: (s) => t(`roles.${s.role}`) },
        {
          key: "mandates",
          header: t("mandates"),
          cell: (s) =>
            s.mandates.map((m, i) => (
              <span key={m.slug}>
                {i > 0 && "; "}
                <Link href={`/mandates/${m.slug}`}>{localized(m, "title", locale)}</Link>
              </span>
            )),
        },
        ...(action ? [{ key: "action", header: action.header, hiddenHeader: true, cell: action.cell }] : []),
      ]}
    />
  );
}
