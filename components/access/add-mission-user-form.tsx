"use client";
import { useTranslations } from "next-intl";
import { addMissionUserAction } from "@/lib/users/access-actions";
import { InvitePersonForm } from "@/components/users/invite-person-form";

/** A mission administrator adds a user: name and email only (the role and State are its own mission's). */
export function AddMissionUserForm() {
  const t = useTranslations("missionUsers");
  return (
    <InvitePersonForm
      action={addMissionUserAction}
      labels={{ name: t("name"), email: t("email"), submit: t("submit"), linkOnce: t("linkOnce") }}
    />
  );
}
