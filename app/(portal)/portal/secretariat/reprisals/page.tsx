import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { findReprisalCases } from "@/lib/reprisals/find-cases";
import { pageSchema } from "@/lib/core/pagination";
import { CaseTable } from "@/components/reprisals/case-table";
import { Pagination } from "@/components/ui/pagination";
import { StatusFilterNav } from "@/components/ui/status-filter-nav";

const PATH = "/portal/secretariat/reprisals";
const STATUSES = ["OPEN", "FOLLOW_UP", "CLOSED"] as const;
const filterSchema = z.enum([...STATUSES, "all"]).catch("all");

export default async function SecretariatReprisals({ searchParams }: { searchParams: Promise<{ page?: string; status?: string }> }) {
  const actor = await requirePermission("reprisal:manage", PATH);
  const sp = await searchParams;
  const page = pageSchema.parse(sp.page);
  const status = filterSchema.parse(sp.status);
  const [t, list] = await Promise.all([
    getTranslations("reprisals"),
    findReprisalCases({ actor, page, status: status === "all" ? undefined : status }),
  ]);
  return (
    <div className="space-y-4">
      <h1>{t("nav")}</h1>
      <p className="max-w-3xl text-slate-700">{t("workspaceIntro")}</p>
      <p className="flex flex-wrap gap-4">
        <Link href={`${PATH}/new`} className="btn-primary">
          {t("newCase")}
        </Link>
        <Link href={`${PATH}/report`}>{t("annualReport")}</Link>
        <Link href="/reprisals">{t("publicRegister")}</Link>
      </p>
      <StatusFilterNav
        label={t("status")}
        basePath={PATH}
        current={status}
        options={(["all", ...STATUSES] as const).map((f) => [f, f === "all" ? t("filterAll") : t(`statuses.${f}`)] as const)}
      />
      <p>{t("count", { count: list.total })}</p>
      <CaseTable rows={list.rows} basePath={PATH} />
      <Pagination page={page} pages={list.pages} basePath={PATH} params={{ status }} />
    </div>
  );
}
