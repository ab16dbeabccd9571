import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getInvitationChoices } from "@/lib/visits/find-visit-requests";
import { inviteVisitAction } from "@/lib/visits/actions";
import { ACCEPT_ATTRIBUTE } from "@/lib/files/allowed-types";
import { localized } from "@/lib/i18n/localized";
import { VisitForm } from "@/components/visits/visit-form";

/** A State's Permanent Mission invites a mandate to visit the country (its own State: the action decides). */
export default async function InviteMandate() {
  await requirePermission("visit:answer", "/portal/state/visits/invite");
  const [t, locale, choices] = await Promise.all([getTranslations("visits"), getLocale(), getInvitationChoices()]);
  return (
    <div className="space-y-4">
      <h1>{t("newInvitation")}</h1>
      <p className="max-w-3xl text-slate-700">{t("newInvitationHelp")}</p>
      <VisitForm
        action={inviteVisitAction}
        hidden={{}}
        testId="invitation-form"
        fields={[
          {
            kind: "select",
            name: "mandateId",
            label: t("mandate"),
            required: true,
            placeholder: t("choose"),
            options: choices.mandates.map((m) => ({ value: m.id, label: localized(m, "title", locale) })),
          },
          { kind: "textarea", name: "purpose", label: t("invitationMessage"), required: true, rows: 5, help: t("invitationMessageHelp") },
          { kind: "text", name: "proposedPeriods", label: t("proposedPeriods"), help: t("invitationPeriodsHelp") },
          { kind: "file", name: "documents", label: t("noteVerbale"), accept: ACCEPT_ATTRIBUTE, help: t("noteVerbaleHelp") },
        ]}
        submit={t("submitInvitation")}
      />
    </div>
  );
}
