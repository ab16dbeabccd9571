import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { now as clockNow } from "../core/clock";
import { localized, NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";
import { sentCommunicationsOf } from "./sent-communications";
import { visitsOfMandates } from "./mandate-visits";
import type { PressReleaseDetail } from "./get-press-release";

/**
 * What the drafting form offers — the holder's mandates, their sent communications and their country
 * visits (State and dates) — and its initial values.
 */
export async function pressReleaseFormData({ actor, locale, existing }: { actor: Actor; locale: string; existing?: PressReleaseDetail }) {
  assertCan(actor, "press-release:manage");
  const [mandates, communications, visits] = await Promise.all([
    prisma.mandate.findMany({
      where: { id: { in: [...actor.mandateIds] } },
      orderBy: { titleEn: "asc" },
      select: { id: true, ...TITLE_FIELDS },
    }),
    prisma.communication.findMany({
      // The current link stays offered even if it has dropped out of the newest 300.
      where: existing?.communicationId
        ? { OR: [sentCommunicationsOf(actor.mandateIds, clockNow()), { id: existing.communicationId }] }
        : sentCommunicationsOf(actor.mandateIds, clockNow()),
      orderBy: { sentAt: "desc" },
      take: 300,
      select: {
        id: true,
        reference: true,
        subject: true,
        addresseeState: { select: { ...NAME_FIELDS } },
        addresseeOtherActor: { select: { name: true } },
      },
    }),
    prisma.visit.findMany({
      where: existing?.visitId
        ? { OR: [visitsOfMandates(actor.mandateIds), { id: existing.visitId }] }
        : visitsOfMandates(actor.mandateIds),
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      take: 300,
      select: {
        id: true,
        startDate: true,
        endDate: true,
        visitRequest: {
          select: {
            state: { select: { ...NAME_FIELDS } },
            mandate: { select: { ...TITLE_FIELDS } },
          },
        },
      },
    }),
  ]);
  // Visit dates are calendar days (stored at UTC midnight).
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const choices = {
    mandates: mandates.map((m) => ({ value: m.id, label: localized(m, "title", locale) })),
    communications: communications.map((c) => {
      const addressee = c.addresseeState ? localized(c.addresseeState, "name", locale) : (c.addresseeOtherActor?.name ?? "");
      return { value: c.id, label: `${c.reference ?? ""} — ${addressee} — ${c.subject}` };
    }),
    visits: visits.map((v) => {
      const label = `${localized(v.visitRequest.state, "name", locale)} — ${day.format(v.startDate)} – ${day.format(v.endDate)}`;
      // A holder of several mandates needs to know whose visit it is.
      return { value: v.id, label: mandates.length > 1 ? `${label} — ${localized(v.visitRequest.mandate, "title", locale)}` : label };
    }),
  };
  const initial = {
    pressReleaseId: existing?.id ?? "",
    mandateId: existing?.mandateId ?? choices.mandates[0]?.value ?? "",
    communicationId: existing?.communicationId ?? "",
    visitId: existing?.visitId ?? "",
    title: existing?.title ?? "",
    body: existing?.body ?? "",
  };
  return { choices, initial };
}
