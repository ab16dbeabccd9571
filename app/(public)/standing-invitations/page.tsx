import { getTranslations } from "next-intl/server";
import { now } from "@/lib/core/clock";
import { findStandingInvitations } from "@/lib/visits/standing-invitations";
import { STANDING_INVITATION_REVIEW_YEARS } from "@/lib/visits/effectiveness";
import { genevaDate } from "@/lib/core/geneva";
import { StandingInvitationsTable } from "@/components/visits/standing-invitations-table";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("visits"))("invitationsHeading") };
}

export default async function StandingInvitations() {
  const at = now();
  const [t, rows] = await Promise.all([getTranslations("visits"), findStandingInvitations({ now: at })]);
  const current = rows.filter((r) => r.current);
  return (
    <div className="space-y-4">
      <h1>{t("invitationsHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("invitationsIntro", { years: STANDING_INVITATION_REVIEW_YEARS })}</p>
      <p>{t("invitationsCount", { count: current.length, flagged: current.filter((r) => r.review?.notEffective).length })}</p>
      <StandingInvitationsTable rows={rows} today={genevaDate(at)} />
    </div>
  );
}
