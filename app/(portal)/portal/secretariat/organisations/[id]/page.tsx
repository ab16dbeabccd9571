import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { loadOr404 } from "@/lib/core/load-or-404";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { decisionAllowed } from "@/lib/organisations/rules";
import { OrganisationDetails } from "@/components/organisations/organisation-details";
import { MembersTable } from "@/components/organisations/members-table";
import { OrganisationDecisionForm } from "@/components/organisations/decision-form";

const PATH = "/portal/secretariat/organisations";

// Issue 17, item 3: one registered organisation; the secretariat approves or refuses it.
export default async function SecretariatOrganisation({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("organisation:decide", `${PATH}/${id}`);
  const org = await loadOr404(() => getOrganisation({ actor, organisationId: id }));
  if (!org) notFound();
  const t = await getTranslations("organisations");
  const check = decisionAllowed(org);
  return (
    <div className="space-y-8">
      <p>
        <Link href={PATH}>{t("backToQueue")}</Link>
      </p>
      <h1>{org.name}</h1>
      <OrganisationDetails org={org} decidedBy={org.decidedByName} />
      <section aria-labelledby="decide-h" className="space-y-3">
        <h2 id="decide-h">{t("decisionHeading")}</h2>
        <OrganisationDecisionForm organisationId={org.id} blocked={check.ok ? null : check.reason} />
      </section>
      <section aria-labelledby="members-h" className="space-y-3">
        <h2 id="members-h">{t("membersHeading")}</h2>
        <MembersTable members={org.members} />
      </section>
    </div>
  );
}
