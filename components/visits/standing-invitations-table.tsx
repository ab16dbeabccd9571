import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { StandingInvitationRow } from "@/lib/visits/standing-invitations";
import { STANDING_INVITATION_REVIEW_YEARS } from "@/lib/visits/effectiveness";
import { localized } from "@/lib/i18n/localized";
import { ActionButton } from "@/components/communications/action-button";
import { withdrawStandingInvitationAction } from "@/lib/visits/actions";
import { DataTable, type Column } from "@/components/ui/data-table";

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
  const columns: Column<StandingInvitationRow>[] = [
    {
      key: "state",
      header: t("state"),
      rowHeader: true,
      cell: (si) => <Link href={`/states/${si.state.iso3}`}>{localized(si.state, "name", locale)}</Link>,
    },
    { key: "extendedOn", header: t("extendedOn"), cell: (si) => day(si.extendedOn) },
    { key: "withdrawnOn", header: t("withdrawnOn"), cell: (si) => (si.withdrawnOn ? day(si.withdrawnOn) : "—") },
    {
      key: "effectiveness",
      header: t("effectiveness", { years: STANDING_INVITATION_REVIEW_YEARS }),
      cell: (si) => (
        <div data-testid="effectiveness">
          {!si.review ? (
            t("notInForce")
          ) : si.review.notEffective ? (
            <>
              <strong className="text-red-800">{t("notEffective")}</strong>
              <ul className="mt-1 list-disc ps-5">
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
        </div>
      ),
    },
    ...(manage
      ? [
          {
            key: "actions",
            header: t("actions"),
            hiddenHeader: true,
            cell: (si: StandingInvitationRow) =>
              si.current && (
                <ActionButton
                  action={withdrawStandingInvitationAction}
                  fields={{ standingInvitationId: si.id, withdrawnOn: today }}
                  label={t("recordWithdrawal")}
                  tone="danger"
                  confirm={t("confirmInvitationWithdrawal", { state: localized(si.state, "name", locale) })}
                  confirmLabel={t("recordWithdrawal")}
                  cancelLabel={t("cancel")}
                />
              ),
          },
        ]
      : []),
  ];
  return (
    <DataTable
      caption={t("invitationsHeading")}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(si) => si.id}
      rowAttributes={(si) => ({ "data-testid": "invitation-row", "data-iso3": si.state.iso3 })}
      testId="standing-invitations"
      empty={t("noInvitations")}
      compact
    />
  );
}
