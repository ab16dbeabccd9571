import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { pageSchema } from "@/lib/core/pagination";
import { findOutbox } from "@/lib/mail/find-outbox";
import { outboxFilterSchema } from "@/lib/mail/schemas";
import { smtpConfigured } from "@/lib/mail/transport";
import { Pagination } from "@/components/ui/pagination";
import { OutboxFilters } from "@/components/mail/outbox-filters";
import { OutboxTable } from "@/components/mail/outbox-table";
import { ActionButton } from "@/components/notifications/action-button";
import { runDigestsAction } from "@/lib/notifications/actions";

const PATH = "/portal/secretariat/outbox";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string; status?: string }> }) {
  const actor = await requirePermission("outbox:view", PATH);
  const sp = await searchParams;
  const page = pageSchema.parse(sp.page);
  const status = outboxFilterSchema.parse(sp.status);
  const [t, tn, list] = await Promise.all([
    getTranslations("outbox"),
    getTranslations("notifications"),
    findOutbox({ actor, status, page }),
  ]);
  const configured = smtpConfigured();
  return (
    <div className="space-y-4">
      <h1>{t(status === "FAILED" ? "failedHeading" : "heading")}</h1>
      <p className="text-slate-700">{t(status === "FAILED" ? "failedIntro" : "intro")}</p>
      <p
        data-testid="outbox-smtp"
        className={
          configured ? "rounded border border-slate-200 p-3 text-sm" : "rounded border border-amber-400 bg-amber-50 p-3 text-sm font-medium"
        }
      >
        {configured ? t("smtpConfigured") : t("smtpMissing")}
      </p>
      {can(actor, "communication:dispatch") && (
        <div className="space-y-1">
          <p className="text-sm text-slate-700">{tn("runDigestsIntro")}</p>
          <ActionButton label={tn("runDigests")} done={tn("digestsSent")} testId="outbox-run-digests" action={runDigestsAction} />
        </div>
      )}
      <OutboxFilters basePath={PATH} status={status} counts={list.counts} />
      {list.messages.length === 0 ? (
        <p>{t(status === "all" ? "emptyAll" : "empty")}</p>
      ) : (
        <OutboxTable rows={list.messages} canRetry={can(actor, "communication:dispatch")} />
      )}
      <Pagination page={page} pages={list.pages} basePath={PATH} params={status === "all" ? {} : { status }} />
    </div>
  );
}
