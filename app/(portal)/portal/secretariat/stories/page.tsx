import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { findStoriesForModeration } from "@/lib/stories/find-stories-for-moderation";
import { pageSchema } from "@/lib/core/pagination";
import { localized } from "@/lib/i18n/localized";
import { Pagination } from "@/components/ui/pagination";
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
      {list.rows.length === 0 ? (
        <p>{t("queueEmpty")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("moderationNav")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                {t("title")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("state")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("submittedBy")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("submittedAt")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("statusLabel")}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((s) => (
              <tr key={s.id} className="border-b border-slate-200" data-testid="moderation-row">
                <td className="py-2 pr-3">
                  <Link href={`${PATH}/${s.id}`}>{s.title}</Link>
                </td>
                <td className="py-2 pr-3">{s.state ? localized(s.state, "name", locale) : "—"}</td>
                <td className="py-2 pr-3">{s.submittedBy?.name ?? s.submitterName ?? t("anonymous")}</td>
                <td className="py-2 pr-3">{format.dateTime(s.createdAt, { dateStyle: "medium" })}</td>
                <td className="py-2 pr-3">{t(`statuses.${s.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pages={list.pages} basePath={PATH} params={{ status }} />
    </div>
  );
}
