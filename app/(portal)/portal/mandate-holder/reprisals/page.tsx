import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { findReprisalCases } from "@/lib/reprisals/find-cases";
import { pageSchema } from "@/lib/core/pagination";
import { CaseTable } from "@/components/reprisals/case-table";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/mandate-holder/reprisals";

export default async function HolderReprisals({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("reprisal:view-own-mandate", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const [t, list] = await Promise.all([getTranslations("reprisals"), findReprisalCases({ actor, page })]);
  return (
    <div className="space-y-4">
      <h1>{t("nav")}</h1>
      <p className="max-w-3xl text-slate-700">{t("holderIntro")}</p>
      {can(actor, "reprisal:submit") && (
        <p>
          <Link href={`${PATH}/new`} className="btn-primary">
            {t("recordCase")}
          </Link>
        </p>
      )}
      <p>{t("count", { count: list.total })}</p>
      <CaseTable rows={list.rows} basePath={PATH} />
      <Pagination page={page} pages={list.pages} basePath={PATH} />
    </div>
  );
}
