import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { StandingInvitationRow } from "@/lib/visits/standing-invitations";
import { STANDING_INVITATION_REVIEW_YEARS } from "@/lib/visits/effectiveness";
import { localized } from "@/lib/i18n/localized";
import { ActionButton } from "@/components/communications/action-button";
import { withdrawStandingInvitationAction } from "@/lib/visits/actions";

/** R10: the register, with the yearly review's flag and, for a flagged State, the requests behind it. */
export async function StandingInvitationsTable({
  rows,
  manage = false,
  today,
}: {
  rows: StandingInvitationRow[];
  manage?: boolean;
  today: string;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("visits"), getFormatter(), getLocale()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  if (rows.length === 0) return <p>{t("noInvitations")}</p>;
  return (
    <table className="w-full border-collapse text-sm" data-testid="standing-invitations">
      <caption className="sr-only">{t("invitationsHeading")}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-1 pr-3">
            {t("state")}
          </th>
          <th scope="col" className="py-1 pr-3">
            {t("extendedOn")}
          </th>
          <th scope="col" className="py-1 pr-3">
            {t("withdrawnOn")}
          </th>
          <th scope="col" className="py-1">
            {t("effectiveness", { years: STANDING_INVITATION_REVIEW_YEARS })}
          </th>
          {manage && (
            <th scope="col" className="py-1">
              <span className="sr-only">{t("actions")}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((si) => (
          <tr key={si.id} className="border-b border-slate-100 align-top" data-testid="invitation-row" data-iso3={si.state.iso3}>
            <th scope="row" className="py-1 pr-3 text-left font-normal">
              <Link href={`/states/${si.state.iso3}`}>{localized(si.state, "name", locale)}</Link>
            </th>
            <td className="py-1 pr-3">{day(si.extendedOn)}</td>
            <td className="py-1 pr-3">{si.withdrawnOn ? day(si.withdrawnOn) : "—"}</td>
            <td className="py-1" data-testid="effectiveness">
              {!si.review ? (
                t("notInForce")
              ) : si.review.notEffective ? (
                <>
                  <strong className="text-red-800">{t("notEffective")}</strong>
                  <ul className="mt-1 list-disc pl-5">
                    {si.review.requests.map((r) => (
                      <li key={r.id}>
                        <Link href={`/visits/${r.id}`}>{localized(r.mandate, "title", locale)}</Link>,{" "}
                        {r.requestedAt ? day(r.requestedAt) : "—"}: {t(`reasons.${r.reason}` as never)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : si.review.requests.length === 0 ? (
                t("noRecentRequests")
              ) : (
                t("effective")
              )}
            </td>
            {manage && (
              <td className="py-1">
                {si.current && (
                  <ActionButton
                    action={withdrawStandingInvitationAction}
                    fields={{ standingInvitationId: si.id, withdrawnOn: today }}
                    label={t("recordWithdrawal")}
                    tone="danger"
                    confirm={t("confirmInvitationWithdrawal", { state: localized(si.state, "name", locale) })}
                    confirmLabel={t("recordWithdrawal")}
                    cancelLabel={t("cancel")}
                  />
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
