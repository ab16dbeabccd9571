import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getOwnOrganisation } from "@/lib/organisations/get-own-organisation";
import { organisationStage } from "@/lib/organisations/rules";
import { OrganisationDetails } from "@/components/organisations/organisation-details";
import { MembersTable } from "@/components/organisations/members-table";
import { InviteMemberForm } from "@/components/organisations/invite-member-form";

// Issue 17, item 3: a member's own organisation — its status (all a member sees until the secretariat
// approves it) and, for its administrators, its members.
export default async function OwnOrganisationPage() {
  const actor = await requirePermission("organisation:view-own", "/portal/organisation");
  const [t, org] = await Promise.all([getTranslations("organisations"), getOwnOrganisation({ actor })]);
  const stage = organisationStage(org);
  return (
    <div className="space-y-8">
      <h1>{org.name}</h1>
      <p className="max-w-3xl rounded border border-slate-300 bg-slate-50 p-3" data-testid="stage-explained">
        {t(`stageExplained.${stage}`)}
      </p>
      <OrganisationDetails org={org} />
      {org.manages && (
        <>
          <section aria-labelledby="members-h" className="space-y-3">
            <h2 id="members-h">{t("membersHeading")}</h2>
            <p className="max-w-3xl text-sm text-slate-700">{t("membersIntro")}</p>
            <MembersTable members={org.members} selfId={actor.userId} memberHref={(id) => `/portal/organisation/members/${id}`} />
          </section>
          <section aria-labelledby="invite-h" className="space-y-3">
            <h2 id="invite-h">{t("inviteHeading")}</h2>
            <p className="max-w-3xl text-sm text-slate-700">{t("inviteIntro")}</p>
            <InviteMemberForm />
          </section>
        </>
      )}
    </div>
  );
}
