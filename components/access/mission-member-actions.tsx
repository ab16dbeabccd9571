"use client";
import { useTranslations } from "next-intl";
import { resetMemberFactorAction, setMemberActiveAction, setMissionAdminAction } from "@/lib/users/access-actions";
import { ConfirmedAction } from "./confirmed-action";

/** What a mission administrator may do to one user of its mission (issue 12, item 5). */
export function MissionMemberActions({ user }: { user: { id: string; name: string; active: boolean; missionAdmin: boolean } }) {
  const t = useTranslations("missionUsers");
  return (
    <div className="flex flex-wrap items-start gap-4">
      {user.active ? (
        <ConfirmedAction
          id={`deactivate-${user.id}`}
          action={setMemberActiveAction}
          fields={{ userId: user.id, active: "false" }}
          label={t("deactivate")}
          confirmText={t("confirmDeactivate", { name: user.name })}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          danger
        />
      ) : (
        <ConfirmedAction
          id={`reactivate-${user.id}`}
          action={setMemberActiveAction}
          fields={{ userId: user.id, active: "true" }}
          label={t("reactivate")}
        />
      )}
      <ConfirmedAction
        id={`factor-${user.id}`}
        action={resetMemberFactorAction}
        fields={{ userId: user.id }}
        label={t("resetFactor")}
        confirmText={t("confirmResetFactor", { name: user.name })}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        danger
      />
      <ConfirmedAction
        id={`mission-admin-${user.id}`}
        action={setMissionAdminAction}
        fields={{ userId: user.id, missionAdmin: user.missionAdmin ? "false" : "true" }}
        label={user.missionAdmin ? t("removeMissionAdmin") : t("makeMissionAdmin")}
      />
    </div>
  );
}
