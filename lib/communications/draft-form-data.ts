import "server-only";
import type { Actor } from "../auth/actor";
import { localized } from "../i18n/localized";
import { getDraftChoices } from "./get-draft-choices";
import type { CommunicationDetail } from "./get-communication";

/** Options (labelled in the user's language) and initial values for the drafting form. */
export async function draftFormData({ actor, locale, existing }: { actor: Actor; locale: string; existing?: CommunicationDetail }) {
  const c = await getDraftChoices({ actor });
  const byTitle = (m: {
    id: string;
    titleEn: string;
    titleFr: string;
    titleEs: string;
    titleAr: string;
    titleZh: string;
    titleRu: string;
  }) => ({
    value: m.id,
    label: localized(m, "title", locale),
  });
  const choices = {
    ownMandates: c.ownMandates.map(byTitle),
    mandates: c.mandates.filter((m) => !actor.mandateIds.includes(m.id)).map(byTitle),
    states: c.states
      .map((s) => ({ value: s.id, label: localized(s, "name", locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    otherActors: c.otherActors.map((o) => ({ value: o.id, label: o.name })),
    themes: c.themes.map((th) => ({ value: th.id, label: localized(th, "name", locale) })),
  };
  const lead = existing?.mandates.find((m) => m.status === "LEAD")?.mandate.id;
  const initial = existing
    ? {
        communicationId: existing.id,
        leadMandateId: lead ?? choices.ownMandates[0]?.value ?? "",
        type: existing.type,
        addressee: existing.addresseeState ? `state:${existing.addresseeState.id}` : `actor:${existing.addresseeOtherActor?.id}`,
        copiedStateIds: existing.copies.map((x) => x.state.id),
        subject: existing.subject,
        summary: existing.summary,
        body: existing.body,
        confidentialAnnex: existing.confidentialAnnex ?? "",
        themeIds: existing.themes.map((x) => x.theme.id),
        cosignMandateIds: existing.mandates.filter((m) => m.status !== "LEAD").map((m) => m.mandate.id),
        concernsReprisals: existing.concernsReprisals,
        urgent: existing.urgent,
      }
    : {
        leadMandateId: choices.ownMandates[0]?.value ?? "",
        type: "AL",
        addressee: "",
        copiedStateIds: [],
        subject: "",
        summary: "",
        body: "",
        confidentialAnnex: "",
        themeIds: [],
        cosignMandateIds: [],
        concernsReprisals: false,
        urgent: false,
      };
  return { choices, initial };
}
