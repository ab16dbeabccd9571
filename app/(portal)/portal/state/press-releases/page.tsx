import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findPressReleases } from "@/lib/press-releases/find-press-releases";
import { pageSchema } from "@/lib/core/pagination";
import { PressReleaseTable } from "@/components/press-releases/press-release-table";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/state/press-releases";

export default async function StatePressReleases({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("communication:read-addressed", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const [t, list] = await Promise.all([getTranslations("pressReleases"), findPressReleases({ actor, page })]);
  return (
    <div className="space-y-4">
      <h1>{t("stateHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("stateIntro")}</p>
      <p>{t("count", { count: list.total })}</p>
      <PressReleaseTable rows={list.rows} basePath={PATH} />
      <Pagination page={page} pages={list.pages} basePath={PATH} />
    </div>
  );
}
