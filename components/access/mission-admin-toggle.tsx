"use client";
import { useTranslations } from "next-intl";
import { setMissionAdminAction } from "@/lib/users/access-actions";
import { ConfirmedAction } from "./confirmed-action";

/** The secretariat or an admin appoints (or removes) a mission administrator (issue 12, item 5). */
export function MissionAdminToggle({ userId, missionAdmin }: { userId: string; missionAdmin: boolean }) {
  const t = useTranslations("missionAdmins");
  return (
    <ConfirmedAction
      id={`appoint-${userId}`}
      action={setMissionAdminAction}
      fields={{ userId, missionAdmin: missionAdmin ? "false" : "true" }}
      label={missionAdmin ? t("remove") : t("appoint")}
    />
  );
}
