import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAnyPermission } from "@/lib/auth/session";
import { mayEditGuidance } from "@/lib/auth/committee-policy";
import { pageSchema } from "@/lib/core/pagination";
import { findGuidanceDocuments } from "@/lib/guidance/find-guidance";
import { currentCommitteeSeat } from "@/lib/committee/seat";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/committee/guidance";

export default async function CommitteeGuidance({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireAnyPermission(["committee:manage", "committee:contribute"], PATH);
  const page = pageSchema.parse((await searchParams).page);
  const [t, format, list, { seat }] = await Promise.all([
    getTranslations("guidance"),
    getFormatter(),
    findGuidanceDocuments({ page }),
    currentCommitteeSeat(actor),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("heading")}</h1>
        {mayEditGuidance(actor, seat) && (
          <Link href={`${PATH}/new`} className="btn-primary no-underline">
            {t("new")}
          </Link>
        )}
      </div>
      <p>{t("portalIntro")}</p>
      <DataTable
        caption={t("heading")}
        captionHidden
        rows={list.rows}
        rowKey={(d) => d.id}
        empty={t("empty")}
        columns={[
          { key: "title", header: t("title"), rowHeader: true, cell: (d) => <Link href={`${PATH}/${d.id}`}>{d.title}</Link> },
          { key: "topic", header: t("topic"), cell: (d) => t(`topics.${d.topic}`) },
          { key: "version", header: t("currentVersion"), nowrap: true, cell: (d) => t("versionN", { number: d.latestVersion }) },
          { key: "updated", header: t("updatedAt"), nowrap: true, cell: (d) => format.dateTime(d.updatedAt, { dateStyle: "medium" }) },
        ]}
      />
      <Pagination page={page} pages={list.pages} basePath={PATH} />
    </div>
  );
}
