import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { pageSchema } from "@/lib/core/pagination";
import { findFollowUp } from "@/lib/follow-up/find-follow-up";
import { runFollowUpAction } from "@/lib/follow-up/actions";
import { Pagination } from "@/components/ui/pagination";
import { StatList } from "@/components/ui/stat-list";
import { FollowUpTable } from "@/components/follow-up/follow-up-table";
import { RunFollowUpButton } from "@/components/follow-up/run-follow-up-button";

const PATH = "/portal/secretariat/follow-up";

/** R16: reminders and follow-up letters to addressees that have not replied. */
export default async function FollowUpPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("communication:dispatch", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const [t, list] = await Promise.all([getTranslations("followUp"), findFollowUp({ actor, page })]);
  return (
    <div className="space-y-6">
      <h1>{t("heading")}</h1>
      <p className="text-slate-700">{t("intro", list.settings)}</p>
      <StatList
        items={[
          { label: t("dueReminders"), value: list.due.reminders, testId: "due-reminders" },
          { label: t("dueFollowUps"), value: list.due.followUps, testId: "due-follow-ups" },
        ]}
      />
      <RunFollowUpButton action={runFollowUpAction} />
      <section aria-labelledby="follow-up-sent-h" className="space-y-3">
        <h2 id="follow-up-sent-h">{t("sentHeading")}</h2>
        {list.rows.length === 0 ? <p>{t("empty")}</p> : <FollowUpTable rows={list.rows} />}
        <Pagination page={page} pages={list.pages} basePath={PATH} />
      </section>
    </div>
  );
}
