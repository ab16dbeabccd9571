import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { sessionPath } from "@/lib/reports/constants";
import type { ReportDetail } from "@/lib/reports/get-report";
import { DueStatusBadge } from "./due-status";

/** R19: the head of a report's portal page — what it is, its session, its dates and where it stands. */
export async function ReportSummaryCard({ report: r }: { report: ReportDetail }) {
  const [t, format, locale] = await Promise.all([getTranslations("reports"), getFormatter(), getLocale()]);
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long", timeZone: "UTC" }) : "—");
  return (
    <header className="space-y-3">
      <p className="font-mono text-sm">{r.symbol}</p>
      <h1>{r.title}</h1>
      <p>
        {localized(r.mandate, "title", locale)} · {t(`kinds.${r.kind}`)}
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("session")}</dt>
        <dd data-testid="report-session">
          {r.councilSession === null ? (
            t("notScheduled")
          ) : (
            <Link href={sessionPath(r.body, r.councilSession)}>
              {t("public.sessionHeading", { body: t(`bodies.${r.body}`), number: r.councilSession })}
            </Link>
          )}
        </dd>
        <dt className="font-medium">{t("dueAt")}</dt>
        <dd data-testid="report-due">{day(r.dueAt)}</dd>
        <dt className="font-medium">{t("submittedAt")}</dt>
        <dd>{day(r.submittedAt)}</dd>
        <dt className="font-medium">{t("status")}</dt>
        <dd>
          <DueStatusBadge status={r.dueStatus} />
        </dd>
        <dt className="font-medium">{t("summaryColumn")}</dt>
        <dd data-testid="summary-state">
          {r.summaryPublishedAt
            ? t("summaryPublicSince", { date: format.dateTime(r.summaryPublishedAt, { dateStyle: "medium" }) })
            : t("summaryNotPublic")}
        </dd>
      </dl>
    </header>
  );
}
