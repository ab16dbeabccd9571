import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getRequestChoices } from "@/lib/visits/find-visit-requests";
import { requestVisitAction } from "@/lib/visits/actions";
import { ACCEPT_ATTRIBUTE } from "@/lib/files/allowed-types";
import { localized } from "@/lib/i18n/localized";
import { VisitForm } from "@/components/visits/visit-form";

export default async function NewVisitRequest() {
  const actor = await requirePermission("visit:request", "/portal/mandate-holder/visits/new");
  const [t, locale, choices] = await Promise.all([getTranslations("visits"), getLocale(), getRequestChoices({ actor })]);
  return (
    <div className="space-y-4">
      <h1>{t("newRequest")}</h1>
      <p className="max-w-3xl text-slate-700">{t("newRequestHelp")}</p>
      <VisitForm
        action={requestVisitAction}
        hidden={{}}
        testId="request-form"
        fields={[
          {
            kind: "select",
            name: "mandateId",
            label: t("mandate"),
            required: true,
            defaultValue: choices.mandates.length === 1 ? choices.mandates[0]!.id : undefined,
            placeholder: choices.mandates.length === 1 ? undefined : t("choose"),
            options: choices.mandates.map((m) => ({ value: m.id, label: localized(m, "title", locale) })),
          },
          {
            kind: "select",
            name: "stateId",
            label: t("state"),
            required: true,
            placeholder: t("choose"),
            options: choices.states.map((s) => ({ value: s.id, label: localized(s, "name", locale) })),
          },
          { kind: "textarea", name: "purpose", label: t("purpose"), required: true, rows: 5 },
          { kind: "text", name: "proposedPeriods", label: t("proposedPeriods"), required: true, help: t("proposedPeriodsHelp") },
          { kind: "file", name: "documents", label: t("requestLetter"), accept: ACCEPT_ATTRIBUTE, help: t("requestLetterHelp") },
          {
            kind: "select",
            name: "sendNow",
            label: t("sendNow"),
            required: true,
            defaultValue: "true",
            options: [
              { value: "true", label: t("sendNowYes") },
              { value: "false", label: t("sendNowNo") },
            ],
          },
        ]}
        submit={t("submitRequest")}
      />
    </div>
  );
}
