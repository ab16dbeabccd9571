import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { findCommunications } from "@/lib/communications/find-communications";
import { pageSchema } from "@/lib/core/pagination";
import { CommunicationTable } from "@/components/communications/communication-table";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/state/communications";

export default async function StateInbox({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("communication:read-addressed", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const [t, list] = await Promise.all([getTranslations("communications"), findCommunications({ actor, page })]);
  return (
    <div className="space-y-4">
      <h1>{t("heading")}</h1>
      <p>{t("count", { count: list.total })}</p>
      <CommunicationTable rows={list.rows} now={list.now} basePath={PATH} />
      <Pagination page={page} pages={list.pages} basePath={PATH} />
    </div>
  );
}
