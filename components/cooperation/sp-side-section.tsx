import { getFormatter, getTranslations } from "next-intl/server";
import { INVITATION_ANSWER_DAYS, type SpSideFigures } from "@/lib/statistics/sp-side";
import { FigureList } from "./figure-list";

/**
 * R20: the Special Procedures' side of cooperation — for one State (beside its own figures), one
 * mandate, or all mandates — and how the mandates answered States' invitations. The same figures
 * everywhere, from the public record. `reportsHref`: where the reports behind "reports delayed" are
 * listed with their late flags (on the mandate's page), if anywhere.
 */
export async function SpSideSection({
  figures,
  context,
  reportsHref,
}: {
  figures: SpSideFigures;
  context: "state" | "mandate" | "overall";
  reportsHref?: string;
}) {
  const [t, format] = await Promise.all([getTranslations("cooperation"), getFormatter()]);
  const days = (v: number | null) => (v === null ? t("notApplicable") : t("days", { days: v }));
  const ofTotal = (count: number, total: number) => t("ofTotal", { count: format.number(count), total: format.number(total) });
  const percent = (v: number | null) => (v === null ? "" : ` (${format.number(v, { style: "percent", maximumFractionDigits: 0 })})`);
  return (
    <section id="sp-side" aria-labelledby="sp-side-h" className="space-y-3" data-testid="sp-side">
      <h2 id="sp-side-h">{t("spSideHeading")}</h2>
      <p className="max-w-3xl text-slate-700">{t(`spSideIntro.${context}`)}</p>
      <FigureList
        items={[
          { label: t("takenUp"), value: ofTotal(figures.takenUp, figures.accepted), testId: "sp-taken-up" },
          { label: t("medianDaysToTakeUp"), value: days(figures.medianDaysToTakeUp), testId: "sp-median-take-up" },
          { label: t("notTakenUp"), value: format.number(figures.notTakenUp), testId: "sp-not-taken-up" },
          { label: t("awaitingMandate"), value: format.number(figures.awaitingMandate), testId: "sp-awaiting" },
          {
            label: t("followedUp"),
            value: ofTotal(figures.followedUp, figures.visitsCompleted) + percent(figures.followUpRate),
            testId: "sp-followed-up",
          },
          { label: t("reported"), value: ofTotal(figures.reported, figures.visitsCompleted), testId: "sp-reported" },
          { label: t("medianDaysToReport"), value: days(figures.medianDaysToReport), testId: "sp-median-report" },
          {
            label: t(`reportsDelayed.${context}`),
            value: ofTotal(figures.reportsDelayed, figures.reportsDue) + percent(figures.delayedRate),
            testId: "sp-reports-delayed",
          },
        ]}
      />
      {reportsHref && (
        <p className="text-sm">
          <a href={reportsHref}>{t("reportsDelayedList")}</a>
        </p>
      )}
      <p className="text-sm text-slate-600">{t("reportsDelayedNote")}</p>
      <h3 id="sp-invitations-h">{t("invitationsHeading")}</h3>
      <p className="max-w-3xl text-slate-700">{t(`invitationsIntro.${context}`)}</p>
      <FigureList
        items={[
          { label: t("invitationsReceived"), value: format.number(figures.invitations), testId: "sp-invitations" },
          {
            label: t("invitationsAnswered"),
            value: ofTotal(figures.invitationsAnswered, figures.invitations),
            testId: "sp-invitations-answered",
          },
          {
            label: t("medianDaysToInvitationAnswer"),
            value: days(figures.medianDaysToInvitationAnswer),
            testId: "sp-median-invitation-answer",
          },
          {
            label: t("invitationsAccepted"),
            value: ofTotal(figures.invitationsAccepted, figures.invitations),
            testId: "sp-invitations-accepted",
          },
          { label: t("invitationsNotTakenUp"), value: format.number(figures.invitationsNotTakenUp), testId: "sp-invitations-not-taken-up" },
          { label: t("invitationsAwaiting"), value: format.number(figures.invitationsAwaitingAnswer), testId: "sp-invitations-awaiting" },
        ]}
      />
      <p className="text-sm text-slate-600">{t("spSideNote")}</p>
      <p className="text-sm text-slate-600">{t("invitationsNote", { days: INVITATION_ANSWER_DAYS })}</p>
    </section>
  );
}
