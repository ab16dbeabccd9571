import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { findStandingInvitations } from "@/lib/visits/standing-invitations";
import { getRequestChoices } from "@/lib/visits/find-visit-requests";
import { addStandingInvitationAction } from "@/lib/visits/actions";
import { genevaDate } from "@/lib/core/geneva";
import { localized } from "@/lib/i18n/localized";
import { StandingInvitationsTable } from "@/components/visits/standing-invitations-table";
import { VisitForm } from "@/components/visits/visit-form";

export default async function ManageStandingInvitations() {
  const actor = await requirePermission("visit:record", "/portal/secretariat/visits/standing-invitations");
  const at = now();
  const [t, locale, rows, choices] = await Promise.all([
    getTranslations("visits"),
    getLocale(),
    findStandingInvitations({ now: at }),
    getRequestChoices({ actor }),
  ]);
  return (
    <div className="space-y-6">
      <h1>{t("invitationsHeading")}</h1>
      <section aria-labelledby="add-h" className="space-y-2">
        <h2 id="add-h">{t("addInvitation")}</h2>
        <VisitForm
          action={addStandingInvitationAction}
          hidden={{}}
          submit={t("addInvitation")}
          fields={[
            {
              kind: "select",
              name: "stateId",
              label: t("state"),
              required: true,
              placeholder: t("choose"),
              options: choices.states.map((s) => ({ value: s.id, label: localized(s, "name", locale) })),
            },
            { kind: "date", name: "extendedOn", label: t("extendedOn"), required: true },
            { kind: "text", name: "note", label: t("invitationNote") },
          ]}
        />
      </section>
      <StandingInvitationsTable rows={rows} manage today={genevaDate(at)} />
    </div>
  );
}
