import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findCommunications } from "@/lib/communications/find-communications";
import { pageSchema } from "@/lib/core/pagination";
import { CommunicationTable } from "@/components/communications/communication-table";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/mandate-holder/communications";

export default async function HolderCommunications({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("communication:draft", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const [t, list] = await Promise.all([getTranslations("communications"), findCommunications({ actor, page })]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("heading")}</h1>
        <Link href={`${PATH}/new`} className="btn-primary no-underline">
          {t("new")}
        </Link>
      </div>
      <p>{t("count", { count: list.total })}</p>
      <CommunicationTable rows={list.rows} now={list.now} basePath={PATH} />
      <Pagination page={page} pages={list.pages} basePath={PATH} />
    </div>
  );
}
