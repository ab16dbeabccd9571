import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { pageSchema } from "@/lib/core/pagination";
import { findGuidanceDocuments } from "@/lib/guidance/find-guidance";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("guidance"))("heading") };
}

export default async function PublicGuidance({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageSchema.parse((await searchParams).page);
  const [t, format, list] = await Promise.all([getTranslations("guidance"), getFormatter(), findGuidanceDocuments({ page })]);
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("publicIntro")}</p>
      <p>{t("count", { count: list.total })}</p>
      <DataTable
        caption={t("heading")}
        captionHidden
        testId="guidance-list"
        rows={list.rows}
        rowKey={(d) => d.id}
        empty={t("empty")}
        columns={[
          { key: "title", header: t("title"), rowHeader: true, cell: (d) => <Link href={`/committee/guidance/${d.id}`}>{d.title}</Link> },
          { key: "topic", header: t("topic"), cell: (d) => t(`topics.${d.topic}`) },
          { key: "version", header: t("currentVersion"), nowrap: true, cell: (d) => t("versionN", { number: d.latestVersion }) },
          { key: "updated", header: t("updatedAt"), nowrap: true, cell: (d) => format.dateTime(d.updatedAt, { dateStyle: "medium" }) },
        ]}
      />
      <Pagination page={page} pages={list.pages} basePath="/committee/guidance" />
    </div>
  );
}
