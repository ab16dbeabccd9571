import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAnyPermission } from "@/lib/auth/session";
import { mayDraftCommitteeStatement } from "@/lib/auth/committee-policy";
import { pageSchema } from "@/lib/core/pagination";
import { findCommitteeStatements } from "@/lib/committee/find-statements";
import { currentCommitteeSeat } from "@/lib/committee/seat";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/committee/statements";

export default async function CommitteeStatements({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireAnyPermission(["committee:manage", "committee:contribute"], PATH);
  const page = pageSchema.parse((await searchParams).page);
  const [t, format, list, { seat }] = await Promise.all([
    getTranslations("committeeStatements"),
    getFormatter(),
    findCommitteeStatements({ actor, page }),
    currentCommitteeSeat(actor),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("portalHeading")}</h1>
        {mayDraftCommitteeStatement(actor, seat) && (
          <Link href={`${PATH}/new`} className="btn-primary no-underline">
            {t("new")}
          </Link>
        )}
      </div>
      <p>{t("portalIntro")}</p>
      <DataTable
        caption={t("portalHeading")}
        captionHidden
        rows={list.rows}
        rowKey={(s) => s.id}
        rowAttributes={() => ({ "data-testid": "committee-statement-row" })}
        empty={t("portalEmpty")}
        columns={[
          { key: "title", header: t("title"), rowHeader: true, cell: (s) => <Link href={`${PATH}/${s.id}`}>{s.title}</Link> },
          { key: "year", header: t("year"), cell: (s) => s.year },
          { key: "status", header: t("status"), cell: (s) => t(`statuses.${s.status}`) },
          { key: "signatures", header: t("signatureCount"), align: "end", cell: (s) => s._count.signatures },
          {
            key: "date",
            header: t("updatedAt"),
            nowrap: true,
            cell: (s) => format.dateTime(s.publishedAt ?? s.updatedAt, { dateStyle: "medium" }),
          },
        ]}
      />
      <Pagination page={page} pages={list.pages} basePath={PATH} />
    </div>
  );
}
