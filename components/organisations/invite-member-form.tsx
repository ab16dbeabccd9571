"use client";
import { useTranslations } from "next-intl";
import { inviteOrganisationMemberAction } from "@/lib/organisations/actions";
import { InvitePersonForm } from "@/components/users/invite-person-form";

/** An organisation's administrator invites a member: name and e-mail only (the organisation is its own). */
export function InviteMemberForm() {
  const t = useTranslations("organisations");
  return (
    <InvitePersonForm
      action={inviteOrganisationMemberAction}
      labels={{ name: t("memberName"), email: t("memberEmail"), submit: t("invite"), linkOnce: t("linkOnce") }}
    />
  );
}
