import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { loadOr404 } from "@/lib/core/load-or-404";
import { getOrganisationMember } from "@/lib/organisations/get-member";
import { OrganisationMemberActions } from "@/components/organisations/member-actions";

// Issue 17, item 3: one member of the administrator's organisation. Another organisation's member is
// not found (404), never forbidden.
export default async function OrganisationMemberPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const actor = await requirePermission("organisation:manage-members", `/portal/organisation/members/${userId}`);
  const member = await loadOr404(() => getOrganisationMember({ actor, userId }));
  if (!member) notFound();
  const [t, format] = await Promise.all([getTranslations("organisations"), getFormatter()]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/portal/organisation">{t("back")}</Link>
      </p>
      <h1>{member.name}</h1>
      <dl className="grid max-w-3xl gap-2 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{t("memberEmail")}</dt>
        <dd>{member.email}</dd>
        <dt className="font-medium">{t("memberStatus")}</dt>
        <dd data-testid="member-status">
          {member.active ? (member.invitationPending ? t("invited") : t("active")) : t("removed")}
          {member.organisationAdmin ? ` · ${t("administrator")}` : ""}
        </dd>
        <dt className="font-medium">{t("lastSignIn")}</dt>
        <dd>{member.lastSignInAt ? format.dateTime(member.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</dd>
      </dl>
      <section aria-labelledby="member-actions" className="space-y-2">
        <h2 id="member-actions">{t("actions")}</h2>
        {member.id === actor.userId ? <p>{t("self")}</p> : <OrganisationMemberActions member={member} />}
      </section>
    </div>
  );
}
