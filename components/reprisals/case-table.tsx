import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReprisalCaseRow } from "@/lib/reprisals/find-cases";
import { localized } from "@/lib/i18n/localized";
import { ConfidentialityBadge, ReprisalStatusBadge } from "./badges";
import { DataTable, type Column } from "@/components/ui/data-table";

/** Cases in a workspace: State, dates, status — no names (those are read by opening a case, which is audited). */
export async function CaseTable({ rows, basePath }: { rows: ReprisalCaseRow[]; basePath: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("reprisals"), getFormatter(), getLocale()]);
  const columns: Column<ReprisalCaseRow>[] = [
    {
      key: "case",
      header: t("case"),
      cell: (r) => (
        <>
          <Link href={`${basePath}/${r.id}`}>{t("caseLabel", { id: r.id.slice(0, 8) })}</Link>
          {r.sample && <span className="ms-1 text-xs text-slate-600">({t("sample")})</span>}
        </>
      ),
    },
    { key: "state", header: t("state"), cell: (r) => localized(r.state, "name", locale) },
    { key: "recordedOn", header: t("recordedOn"), cell: (r) => format.dateTime(r.createdAt, { dateStyle: "medium" }) },
    { key: "status", header: t("status"), cell: (r) => <ReprisalStatusBadge status={r.status} /> },
    { key: "confidentiality", header: t("confidentiality"), cell: (r) => <ConfidentialityBadge value={r.confidentiality} /> },
    { key: "referrals", header: t("referralsCount"), align: "end", cell: (r) => format.number(r._count.referrals) },
  ];
  return (
    <DataTable
      caption={t("casesCaption")}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      rowAttributes={() => ({ "data-testid": "case-row" })}
      empty={t("noCases")}
    />
  );
}
