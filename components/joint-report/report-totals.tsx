import { getTranslations } from "next-intl/server";
import type { JointReport } from "@/lib/joint-report/get-joint-report";
import { StatList } from "@/components/ui/stat-list";

/** Section (e): what the period adds up to. */
export async function ReportTotals({ totals }: { totals: JointReport["totals"] }) {
  const t = await getTranslations("jointReport.totals");
  return (
    <div className="space-y-2">
      <StatList
        items={[
          { label: t("sent"), value: totals.sent, testId: "joint-report-total-sent" },
          { label: t("toStates"), value: totals.toStates, testId: "joint-report-total-states" },
          { label: t("toOtherActors"), value: totals.toOtherActors, testId: "joint-report-total-other-actors" },
          { label: t("answered"), value: totals.answered, testId: "joint-report-total-answered" },
        ]}
      />
      <p>{t("byType", { al: totals.byType.AL, ua: totals.byType.UA, ol: totals.byType.OL })}</p>
      <p data-testid="joint-report-reply-rate">
        {totals.replyRate === null ? t("noReplyRate") : t("replyRate", { rate: totals.replyRate })}
      </p>
    </div>
  );
}
