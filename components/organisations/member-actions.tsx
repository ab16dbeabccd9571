"use client";
import { useTranslations } from "next-intl";
import { setOrganisationMemberActiveAction, setOrganisationMemberAdminAction } from "@/lib/organisations/actions";
import { ConfirmedAction } from "@/components/access/confirmed-action";

/** What an organisation's administrator may do to one of its members (issue 17, item 3). */
export function OrganisationMemberActions({
  member,
}: {
  member: { id: string; name: string; active: boolean; organisationAdmin: boolean };
}) {
  const t = useTranslations("organisations");
  return (
    <div className="flex flex-wrap items-start gap-4">
      {member.active ? (
        <ConfirmedAction
          id={`remove-${member.id}`}
          action={setOrganisationMemberActiveAction}
          fields={{ userId: member.id, active: "false" }}
          label={t("remove")}
          confirmText={t("confirmRemove", { name: member.name })}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          danger
        />
      ) : (
        <ConfirmedAction
          id={`restore-${member.id}`}
          action={setOrganisationMemberActiveAction}
          fields={{ userId: member.id, active: "true" }}
          label={t("restore")}
        />
      )}
      <ConfirmedAction
        id={`admin-${member.id}`}
        action={setOrganisationMemberAdminAction}
        fields={{ userId: member.id, organisationAdmin: member.organisationAdmin ? "false" : "true" }}
        label={member.organisationAdmin ? t("removeAdmin") : t("makeAdmin")}
      />
    </div>
  );
}
