import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { pageSchema } from "@/lib/core/pagination";
import { findManagedQuestionnaires } from "@/lib/questionnaires/find-managed-questionnaires";
import { ManagedTable } from "@/components/questionnaires/managed-table";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/mandate-holder/questionnaires";

/** A holder's calls: those of the mandates it serves, its proposals included. */
export default async function HolderQuestionnaires({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("questionnaire:propose", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const [t, list] = await Promise.all([getTranslations("questionnaires"), findManagedQuestionnaires({ actor, page })]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("heading")}</h1>
        <Link href={`${PATH}/new`} className="btn-primary no-underline">
          {t("proposeCall")}
        </Link>
      </div>
      <p>{t("count", { count: list.total })}</p>
      <ManagedTable rows={list.rows} basePath={PATH} />
      <Pagination page={page} pages={list.pages} basePath={PATH} />
    </div>
  );
}
