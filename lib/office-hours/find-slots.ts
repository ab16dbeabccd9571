import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { loadPage } from "../core/pagination";
import { tenureRunningAt } from "../mandates/tenure";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

function holderSelect(now: Date) {
  return {
    name: true,
    tenures: {
      where: tenureRunningAt(now),
      select: { mandate: { select: { ...TITLE_FIELDS } } },
    },
  } as const;
}

/** A holder's own slots from today on, with the booking State and its topic (the topic is for the holder only). */
export async function findOwnSlots({ actor, now }: { actor: Actor; now: Date }) {
  assertCan(actor, "office-hours:publish");
  if (!actor.mandateHolderId) throw new AppError("FORBIDDEN", "Not a mandate holder");
  return prisma.officeHourSlot.findMany({
    where: { mandateHolderId: actor.mandateHolderId, endsAt: { gt: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      location: true,
      bookedAt: true,
      bookingTopic: true,
      bookedByState: { select: { ...NAME_FIELDS } },
      bookedByUser: { select: { name: true } },
    },
  });
}
export type OwnSlot = Awaited<ReturnType<typeof findOwnSlots>>[number];

/**
 * For a State: its own upcoming bookings, and the free future slots of every holder. Other States'
 * bookings are not shown (a taken slot simply is not offered), nor anyone's topic.
 */
export async function findSlotsForState({ actor, now, page = 1 }: { actor: Actor; now: Date; page?: number }) {
  assertCan(actor, "office-hours:book");
  if (!actor.stateId) throw new AppError("FORBIDDEN", "No State bound to this user");
  const free = { bookedByStateId: null, startsAt: { gt: now } };
  const select = { id: true, startsAt: true, endsAt: true, location: true, mandateHolder: { select: holderSelect(now) } } as const;
  const [bookings, { total, pages, rows: available }] = await Promise.all([
    prisma.officeHourSlot.findMany({
      where: { bookedByStateId: actor.stateId, endsAt: { gt: now } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { ...select, bookingTopic: true, bookedByUser: { select: { name: true } } },
    }),
    loadPage({
      page,
      count: () => prisma.officeHourSlot.count({ where: free }),
      rows: (w) => prisma.officeHourSlot.findMany({ where: free, orderBy: [{ startsAt: "asc" }, { id: "asc" }], ...w, select }),
    }),
  ]);
  return { bookings, available, total, pages };
}
export type StateSlots = Awaited<ReturnType<typeof findSlotsForState>>;
