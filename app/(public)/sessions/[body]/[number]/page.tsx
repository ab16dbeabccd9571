import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { getSessionReports } from "@/lib/reports/get-public-report";
import { bodyOfSlug } from "@/lib/reports/constants";
import { PublicReportCard } from "@/components/reports/public-report-card";

export const dynamic = "force-dynamic";

/**
 * R19: one session of the Human Rights Council or the General Assembly — the reports of the Special
 * Procedures to be presented there, with their late flags and the one-page summaries made public.
 */
export default async function SessionPage({ params }: { params: Promise<{ body: string; number: string }> }) {
  const p = await params;
  const body = bodyOfSlug(p.body);
  const number = /^\d{1,3}$/.test(p.number) ? Number(p.number) : NaN;
  if (!body || !(number >= 1 && number <= 200)) notFound();
  const [t, reports] = await Promise.all([getTranslations("reports"), getSessionReports({ body, session: number, now: now() })]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href="/sessions">{t("public.allSessions")}</Link>
        </p>
        <h1>{t("public.sessionHeading", { body: t(`bodies.${body}`), number })}</h1>
        <p className="max-w-3xl text-slate-700">{t("public.sessionIntro")}</p>
      </header>
      {reports.length === 0 ? (
        <p>{t("public.noReports")}</p>
      ) : (
        <div className="space-y-10">
          {reports.map((r) => (
            <PublicReportCard key={r.id} report={r} headingLevel={2} />
          ))}
        </div>
      )}
    </div>
  );
}
