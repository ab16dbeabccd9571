"use client";
import { useTranslations } from "next-intl";
import { decideRoleGrantAction } from "@/lib/users/access-actions";
import { ConfirmedAction } from "./confirmed-action";

/** Approve or refuse a privileged role grant (issue 12, item 6); the server checks who may. */
export function RoleGrantDecision({ requestId }: { requestId: string }) {
  const t = useTranslations("roleGrants");
  return (
    <div className="flex flex-wrap gap-3">
      <ConfirmedAction
        id={`approve-${requestId}`}
        action={decideRoleGrantAction}
        fields={{ requestId, decision: "approve" }}
        label={t("approve")}
      />
      <ConfirmedAction
        id={`refuse-${requestId}`}
        action={decideRoleGrantAction}
        fields={{ requestId, decision: "refuse" }}
        label={t("refuse")}
        danger
      />
    </div>
  );
}
