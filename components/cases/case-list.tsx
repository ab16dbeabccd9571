import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { CaseRow } from "@/lib/cases/find-cases";
import { DataTable, type Column } from "@/components/ui/data-table";

/** The queue (secretariat) or the assigned submissions (holder): urgent first, then the longest waiting. */
export async function CaseList({ rows, basePath, caption }: { rows: CaseRow[]; basePath: string; caption: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("cases"), getFormatter(), getLocale()]);
  const columns: Column<CaseRow>[] = [
    {
      key: "receipt",
      header: t("receipt"),
      nowrap: true,
      cell: (c) => (
        <>
          {c.urgent && <span className="me-1 rounded bg-red-100 px-1 text-xs font-semibold text-red-900">{t("urgentBadge")}</span>}
          {c.receiptNumber}
        </>
      ),
    },
    {
      key: "title",
      header: t("title"),
      cell: (c) => (
        <>
          <Link href={`${basePath}/${c.id}`}>{c.title}</Link>
          {c.sample && <span className="ms-1 text-xs text-slate-600">({t("sample")})</span>}
        </>
      ),
    },
    {
      key: "responsible",
      header: t("responsible"),
      cell: (c) => (c.state ? localized(c.state, "name", locale) : (c.otherActorName ?? "—")),
    },
    {
      key: "mandates",
      header: t("mandatesLabel"),
      cell: (c) => (
        <ul>
          {c.mandates.map((m) => (
            <li key={m.mandate.slug}>
              {localized(m.mandate, "title", locale)}{" "}
              <span className="text-xs text-slate-600">({m.assignedAt ? t("assignedMark") : t("suggestedMark")})</span>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: "receivedOn",
      header: t("receivedOn"),
      nowrap: true,
      cell: (c) => (c.submittedAt ? format.dateTime(c.submittedAt, { dateStyle: "medium" }) : "—"),
    },
    { key: "status", header: t("statusLabel"), cell: (c) => t(`statuses.${c.status}`) },
  ];
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(c) => c.id}
      rowAttributes={() => ({ "data-testid": "case-row" })}
      empty={t("queueEmpty")}
    />
  );
}
