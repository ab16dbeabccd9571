import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { findPressReleases } from "@/lib/press-releases/find-press-releases";
import { pageSchema } from "@/lib/core/pagination";
import { PressReleaseTable } from "@/components/press-releases/press-release-table";
import { Pagination } from "@/components/ui/pagination";
import { StatusFilterNav } from "@/components/ui/status-filter-nav";

const PATH = "/portal/secretariat/press-releases";
const STATUSES = ["DRAFT", "SHARED_WITH_STATE", "PUBLISHED", "WITHDRAWN"] as const;
const filterSchema = z.enum([...STATUSES, "all"]).catch("all");

export default async function SecretariatPressReleases({ searchParams }: { searchParams: Promise<{ page?: string; status?: string }> }) {
  const actor = await requirePermission("workspace:secretariat", PATH);
  const sp = await searchParams;
  const page = pageSchema.parse(sp.page);
  const status = filterSchema.parse(sp.status);
  const [t, list] = await Promise.all([
    getTranslations("pressReleases"),
    findPressReleases({ actor, page, statuses: status === "all" ? undefined : [status] }),
  ]);
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      <StatusFilterNav
        label={t("status")}
        basePath={PATH}
        current={status}
        options={(["all", ...STATUSES] as const).map((f) => [f, f === "all" ? t("filterAll") : t(`statuses.${f}`)] as const)}
      />
      <p>{t("count", { count: list.total })}</p>
      <PressReleaseTable rows={list.rows} basePath={PATH} />
      <Pagination page={page} pages={list.pages} basePath={PATH} params={{ status }} />
    </div>
  );
}
