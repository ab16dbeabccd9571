import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findPressReleases } from "@/lib/press-releases/find-press-releases";
import { pageSchema } from "@/lib/core/pagination";
import { PressReleaseTable } from "@/components/press-releases/press-release-table";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/mandate-holder/press-releases";

export default async function HolderPressReleases({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("workspace:mandate-holder", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const [t, list] = await Promise.all([getTranslations("pressReleases"), findPressReleases({ actor, page })]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("heading")}</h1>
        <Link href={`${PATH}/new`} className="btn-primary no-underline">
          {t("new")}
        </Link>
      </div>
      <p>{t("count", { count: list.total })}</p>
      <PressReleaseTable rows={list.rows} basePath={PATH} />
      <Pagination page={page} pages={list.pages} basePath={PATH} />
    </div>
  );
}
