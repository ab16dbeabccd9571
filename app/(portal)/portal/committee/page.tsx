import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireAnyPermission } from "@/lib/auth/session";
import { mayRecordCommitteeMembership } from "@/lib/auth/committee-policy";
import { committeeYearParam } from "@/lib/committee/schemas";
import { committeeYears, findCommitteeOfYear } from "@/lib/committee/find-committee";
import { committeeHolderChoices } from "@/lib/committee/holder-choices";
import { currentCommitteeSeat } from "@/lib/committee/seat";
import { removeMembershipAction } from "@/lib/committee/actions";
import { CommitteeMembersTable } from "@/components/committee/committee-members-table";
import { YearNav } from "@/components/committee/year-nav";
import { MembershipForm } from "@/components/committee/membership-form";
import { ActionButton } from "@/components/communications/action-button";

const PATH = "/portal/committee";

/** The Committee's workspace: the actor's seat, the sections, and a year's membership (recorded by the secretariat). */
export default async function CommitteeWorkspace({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const actor = await requireAnyPermission(["committee:manage", "committee:contribute"], PATH);
  const { year: current, seat } = await currentCommitteeSeat(actor);
  const year = committeeYearParam.parse((await searchParams).year) ?? current;
  const manages = mayRecordCommitteeMembership(actor);
  const [t, locale, seats, years] = await Promise.all([
    getTranslations("committee"),
    getLocale(),
    findCommitteeOfYear({ year }),
    committeeYears(),
  ]);
  const holders = manages ? await committeeHolderChoices({ actor, year, locale }) : [];
  return (
    <div className="space-y-6">
      <h1>{t("workspaceHeading")}</h1>
      <p className="max-w-3xl">{t("workspaceIntro")}</p>
      {actor.role === "MANDATE_HOLDER" && (
        <p data-testid="committee-seat-notice">
          {seat ? t("yourSeat", { year: current, role: t(`roles.${seat}`) }) : t("noSeat", { year: current })}
        </p>
      )}
      <ul className="flex flex-wrap gap-4">
        <li>
          <Link href={`${PATH}/statements`}>{t("statementsLink")}</Link>
        </li>
        <li>
          <Link href={`${PATH}/guidance`}>{t("guidanceLink")}</Link>
        </li>
        <li>
          <Link href="/committee">{t("publicPage")}</Link>
        </li>
      </ul>
      <section aria-labelledby="membership-h" className="space-y-3">
        <h2 id="membership-h">{t("manageHeading", { year })}</h2>
        <YearNav years={years.includes(year) ? years : [year, ...years].sort((a, b) => b - a)} current={year} basePath={PATH} />
        <CommitteeMembersTable
          year={year}
          seats={seats}
          {...(manages
            ? {
                action: {
                  header: t("remove"),
                  cell: (s) => (
                    <ActionButton
                      action={removeMembershipAction}
                      fields={{ membershipId: s.id }}
                      label={t("remove")}
                      confirm={t("confirmRemove", { name: s.name, year })}
                      confirmLabel={t("remove")}
                      cancelLabel={t("cancel")}
                      tone="danger"
                    />
                  ),
                },
              }
            : {})}
        />
      </section>
      {manages && (
        <section aria-labelledby="seat-h" className="space-y-3">
          <h2 id="seat-h">{t("addMember")}</h2>
          <MembershipForm year={year} holders={holders} />
        </section>
      )}
    </div>
  );
}
