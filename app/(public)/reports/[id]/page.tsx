import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { getPublicReport } from "@/lib/reports/get-public-report";
import { sessionPath } from "@/lib/reports/constants";
import { PublicReportCard } from "@/components/reports/public-report-card";

export const dynamic = "force-dynamic";

/** R19: a report's public page — its session, dates, late flag, summary once public, documents once published. */
export default async function PublicReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await getPublicReport({ reportId: id, now: now() });
  if (!r) notFound();
  const t = await getTranslations("reports");
  return (
    <div className="space-y-6">
      {r.councilSession !== null && (
        <p>
          <Link href={sessionPath(r.body, r.councilSession)} data-testid="session-link">
            {t("public.sessionHeading", { body: t(`bodies.${r.body}`), number: r.councilSession })}
          </Link>
        </p>
      )}
      <PublicReportCard report={r} headingLevel={1} />
    </div>
  );
}
