import { getLocale, getTranslations } from "next-intl/server";
import type { VisitRequestDetail } from "@/lib/visits/get-visit-request";
import { localized } from "@/lib/i18n/localized";
import { visitFormats } from "./formats";

/** The request (or the State's invitation) at a glance: State, mandate, status, purpose and the dates asked, proposed or agreed. */
export async function VisitHeader({ r }: { r: VisitRequestDetail }) {
  const [t, locale, { day, moment }] = await Promise.all([getTranslations("visits"), getLocale(), visitFormats()]);
  const v = r.visit;
  const invited = r.initiator === "STATE";
  const visitOn = v && (r.status === "SCHEDULED" || r.status === "COMPLETED");
  return (
    <header className="space-y-2">
      <h1>{t("detailHeading", { state: localized(r.state, "name", locale) })}</h1>
      <p className="text-slate-700" data-testid="visit-mandate">
        {localized(r.mandate, "title", locale)}
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("status")}</dt>
        <dd data-testid="visit-status">{t(`statuses.${r.status}` as never)}</dd>
        <dt className="font-medium">{t("initiator")}</dt>
        <dd data-testid="visit-initiator">{t(`initiators.${r.initiator}` as never)}</dd>
        <dt className="font-medium">{invited ? t("invitedAt") : t("requestedAt")}</dt>
        <dd>{r.requestedAt ? moment(r.requestedAt) : t("notSent")}</dd>
        <dt className="font-medium">{invited ? t("invitationMessage") : t("purpose")}</dt>
        <dd className="whitespace-pre-line">{r.purpose}</dd>
        <dt className="font-medium">{t("proposedPeriods")}</dt>
        <dd>{r.proposedPeriods ?? "—"}</dd>
        {r.stateProposedStart && (
          <>
            <dt className="font-medium">{t("stateDates")}</dt>
            <dd data-testid="state-dates">
              {day(r.stateProposedStart)}
              {r.stateProposedEnd ? ` – ${day(r.stateProposedEnd)}` : ""}
            </dd>
          </>
        )}
        {r.declineReason && (
          <>
            <dt className="font-medium">{t("declineReason")}</dt>
            <dd>{r.declineReason}</dd>
          </>
        )}
        {visitOn && (
          <>
            <dt className="font-medium">{t("visitDates")}</dt>
            <dd data-testid="visit-dates">
              {day(v.startDate)} – {day(v.endDate)}
            </dd>
          </>
        )}
      </dl>
    </header>
  );
}
