import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { findStoriesForModeration } from "@/lib/stories/find-stories-for-moderation";
import { pageSchema } from "@/lib/core/pagination";
import { localized } from "@/lib/i18n/localized";
import { Pagination } from "@/components/ui/pagination";
import { DataTable, type Column } from "@/components/ui/data-table";
import { StatusFilterNav } from "@/components/ui/status-filter-nav";

const PATH = "/portal/secretariat/stories";
const STATUSES = ["SUBMITTED", "NEEDS_INFORMATION", "PUBLISHED", "REJECTED"] as const;
const filterSchema = z.enum([...STATUSES, "all"]).catch("SUBMITTED");

export default async function StoryModeration({ searchParams }: { searchParams: Promise<{ page?: string; status?: string }> }) {
  const actor = await requirePermission("story:moderate", PATH);
  const sp = await searchParams;
  const page = pageSchema.parse(sp.page);
  const status = filterSchema.parse(sp.status);
  const [t, format, locale, list] = await Promise.all([
    getTranslations("stories"),
    getFormatter(),
    getLocale(),
    findStoriesForModeration({ actor, page, status: status === "all" ? undefined : status }),
  ]);
  const columns: Column<(typeof list.rows)[number]>[] = [
    { key: "title", header: t("title"), cell: (s) => <Link href={`${PATH}/${s.id}`}>{s.title}</Link> },
    { key: "state", header: t("state"), cell: (s) => (s.state ? localized(s.state, "name", locale) : "—") },
    { key: "submittedBy", header: t("submittedBy"), cell: (s) => s.submittedBy?.name ?? s.submitterName ?? t("anonymous") },
    { key: "submittedAt", header: t("submittedAt"), cell: (s) => format.dateTime(s.createdAt, { dateStyle: "medium" }) },
    { key: "status", header: t("statusLabel"), cell: (s) => t(`statuses.${s.status}`) },
  ];
  return (
    <div className="space-y-4">
      <h1>{t("moderationNav")}</h1>
      <StatusFilterNav
        label={t("statusLabel")}
        basePath={PATH}
        current={status}
        options={([...STATUSES, "all"] as const).map((f) => [f, f === "all" ? t("filterAll") : t(`statuses.${f}`)] as const)}
      />
      <p>{t("count", { count: list.total })}</p>
      <DataTable
        caption={t("moderationNav")}
        captionHidden
        columns={columns}
        rows={list.rows}
        rowKey={(s) => s.id}
        rowAttributes={() => ({ "data-testid": "moderation-row" })}
        empty={t("queueEmpty")}
      />
      <Pagination page={page} pages={list.pages} basePath={PATH} params={{ status }} />
    </div>
  );
}
