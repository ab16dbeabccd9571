import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { pageSchema } from "@/lib/core/pagination";
import { findManagedQuestionnaires } from "@/lib/questionnaires/find-managed-questionnaires";
import { ManagedTable } from "@/components/questionnaires/managed-table";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/secretariat/questionnaires";

export default async function SecretariatQuestionnaires({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("questionnaire:create", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const [t, pending, list] = await Promise.all([
    getTranslations("questionnaires"),
    findManagedQuestionnaires({ actor, status: "PENDING_APPROVAL" }),
    findManagedQuestionnaires({ actor, page }),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("heading")}</h1>
        <Link href={`${PATH}/new`} className="btn-primary no-underline">
          {t("newCall")}
        </Link>
      </div>
      <section aria-labelledby="pending-h" className="space-y-2">
        <h2 id="pending-h">{t("pendingHeading")}</h2>
        {pending.total === 0 ? <p>{t("noPending")}</p> : <ManagedTable rows={pending.rows} basePath={PATH} />}
      </section>
      <section aria-labelledby="all-h" className="space-y-2">
        <h2 id="all-h">{t("allCalls")}</h2>
        <p>{t("count", { count: list.total })}</p>
        <ManagedTable rows={list.rows} basePath={PATH} />
        <Pagination page={page} pages={list.pages} basePath={PATH} />
      </section>
    </div>
  );
}
