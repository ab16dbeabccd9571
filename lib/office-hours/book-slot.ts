import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import type { TransactionClient } from "../db/types";
import { assertCan } from "../auth/policy";
import { mayBook, mayCancelBooking } from "../auth/office-hours-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { notify } from "../notifications/notify";
import { genevaDate, inGeneva } from "../core/geneva";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { bookingDecision, cancellable } from "./rules";
import { bookingMailText } from "./mail-text";
import { mailLocale, mailName } from "../i18n/mail-locale";
import type { BookSlotInput } from "./schemas";
import { NAME_FIELDS } from "../i18n/localized";

/** A slot's start as Geneva wall-clock time, "2026-11-12 10:00", the same in every language. */
function genevaSlot(at: Date): string {
  return `${genevaDate(at)} ${String(inGeneva(at).getHours()).padStart(2, "0")}:${String(inGeneva(at).getMinutes()).padStart(2, "0")}`;
}

const slotSelect = {
  id: true,
  startsAt: true,
  endsAt: true,
  location: true,
  bookedByStateId: true,
  bookingTopic: true,
  mandateHolder: { select: { name: true, user: { select: { id: true, email: true, timeZone: true, active: true } } } },
} as const;

/** Both sides get a confirmation through the outbox: not urgent, so held outside Geneva business hours (R1). */
async function confirm(tx: TransactionClient, kind: "booked" | "cancelled", actor: Actor, slotId: string, now: Date) {
  const slot = await tx.officeHourSlot.findUniqueOrThrow({ where: { id: slotId }, select: slotSelect });
  const state = await tx.state.findUniqueOrThrow({
    where: { id: actor.stateId! },
    select: { ...NAME_FIELDS },
  });
  // Each side reads its confirmation in its own language (User.locale), the State's name in it too.
  const booker = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { locale: true } });
  const base = (locale: string) => ({
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    location: slot.location,
    holderName: slot.mandateHolder.name,
    stateName: mailName(state, "name", mailLocale(locale)),
    topic: slot.bookingTopic,
  });
  const businessHours = await getBusinessHours(tx);
  const ids: string[] = [];
  const stateMail = bookingMailText(
    kind,
    { ...base(booker.locale), url: `${portalBaseUrl()}/portal/state/office-hours` },
    { timeZone: actor.timeZone, audience: "state", locale: booker.locale },
  );
  ids.push(
    (await enqueueMail(tx, { to: [actor.email], ...stateMail, urgent: false, kind: `office-hours.${kind}`, now, businessHours })).id,
  );
  // The holder is told through the notifications (at once with this text in their time zone, or in
  // their daily digest) and sees it in the portal; the State's confirmation above is its receipt.
  const holder = slot.mandateHolder.user;
  if (holder?.active) {
    const told = await notify(tx, {
      kind: kind === "booked" ? "office-hours.booked" : "office-hours.cancelled",
      recipients: [holder.id],
      params: { when: genevaSlot(slot.startsAt), state: state.nameEn },
      link: "/portal/mandate-holder/office-hours",
      record: { type: "OfficeHourSlot", id: slot.id },
      now,
      mailKind: `office-hours.${kind}`,
      mail: (recipient) =>
        bookingMailText(
          kind,
          { ...base(recipient.locale), url: `${portalBaseUrl()}/portal/mandate-holder/office-hours` },
          { timeZone: holder.timeZone, audience: "holder", locale: recipient.locale },
        ),
    });
    ids.push(...told.mailIds);
  }
  return ids;
}

/**
 * R17: a State books a free slot for itself. One State per slot, guaranteed by the database: the
 * update only matches while nobody holds the slot, so of two States booking at once exactly one wins.
 */
export async function bookSlot({ actor, input }: { actor: Actor; input: BookSlotInput }) {
  assertCan(actor, "office-hours:book");
  if (!mayBook(actor)) throw new AppError("FORBIDDEN", "No State bound to this user");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const updated = await tx.officeHourSlot.updateMany({
      where: { id: input.slotId, bookedByStateId: null, startsAt: { gt: now } },
      data: { bookedByStateId: actor.stateId, bookedByUserId: actor.userId, bookedAt: now, bookingTopic: input.topic },
    });
    if (updated.count !== 1) {
      const slot = await tx.officeHourSlot.findUnique({ where: { id: input.slotId }, select: { startsAt: true, bookedByStateId: true } });
      if (!slot) throw new AppError("NOT_FOUND", "No such slot");
      const decision = bookingDecision(slot, actor.stateId!, now);
      throw new AppError(
        "CONFLICT",
        decision.kind === "past" ? "officeHours.past" : decision.kind === "own" ? "officeHours.alreadyYours" : "officeHours.taken",
      );
    }
    const mailIds = await confirm(tx, "booked", actor, input.slotId, now);
    await writeAudit(tx, {
      actor,
      action: "office-hours.book",
      entityType: "OfficeHourSlot",
      entityId: input.slotId,
      before: { bookedByStateId: null },
      after: { bookedByStateId: actor.stateId, bookedAt: now, topic: input.topic, mailIds },
    });
    return { id: input.slotId };
  });
}

/** The State that booked a slot cancels its booking before the slot starts; the slot is free again. */
export async function cancelBooking({ actor, input }: { actor: Actor; input: { slotId: string } }) {
  assertCan(actor, "office-hours:book");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const slot = await tx.officeHourSlot.findUnique({
      where: { id: input.slotId },
      select: { id: true, startsAt: true, bookedByStateId: true, bookingTopic: true },
    });
    // Another State's booking is none of this State's business: not found.
    if (!slot || !mayCancelBooking(actor, slot)) throw new AppError("NOT_FOUND", "No such booking");
    if (!cancellable(slot, now)) throw new AppError("CONFLICT", "officeHours.past");
    const mailIds = await confirm(tx, "cancelled", actor, slot.id, now);
    const updated = await tx.officeHourSlot.updateMany({
      where: { id: slot.id, bookedByStateId: actor.stateId, startsAt: { gt: now } },
      data: { bookedByStateId: null, bookedByUserId: null, bookedAt: null, bookingTopic: null },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "officeHours.notBooked");
    await writeAudit(tx, {
      actor,
      action: "office-hours.cancel-booking",
      entityType: "OfficeHourSlot",
      entityId: slot.id,
      before: { bookedByStateId: slot.bookedByStateId, topic: slot.bookingTopic },
      after: { bookedByStateId: null, mailIds },
    });
    return { id: slot.id };
  });
}
