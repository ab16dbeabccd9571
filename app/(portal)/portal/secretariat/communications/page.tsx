import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { findCommunications } from "@/lib/communications/find-communications";
import { pageSchema } from "@/lib/core/pagination";
import { CommunicationTable } from "@/components/communications/communication-table";
import { Pagination } from "@/components/ui/pagination";
import { StatusFilterNav } from "@/components/ui/status-filter-nav";

const PATH = "/portal/secretariat/communications";
const FILTERS = ["IN_REVIEW", "APPROVED", "RETURNED", "DRAFT", "SENT", "all"] as const;
const filterSchema = z.enum(FILTERS).catch("IN_REVIEW");

export default async function SecretariatCommunications({ searchParams }: { searchParams: Promise<{ page?: string; status?: string }> }) {
  const actor = await requirePermission("communication:review", PATH);
  const sp = await searchParams;
  const page = pageSchema.parse(sp.page);
  const status = filterSchema.parse(sp.status);
  const [t, list] = await Promise.all([
    getTranslations("communications"),
    findCommunications({ actor, page, statuses: status === "all" ? undefined : [status] }),
  ]);
  return (
    <div className="space-y-4">
      <h1>{t("queue")}</h1>
      <StatusFilterNav label={t("status")} basePath={PATH} current={status} options={FILTERS.map((f) => [f, t(`filter.${f}`)] as const)} />
      <p>{t("count", { count: list.total })}</p>
      <CommunicationTable rows={list.rows} now={list.now} basePath={PATH} />
      <Pagination page={page} pages={list.pages} basePath={PATH} params={{ status }} />
    </div>
  );
}
