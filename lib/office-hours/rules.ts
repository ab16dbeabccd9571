// Pure rules of "SP office hours" (R17): what a slot may be, when it may be booked or cancelled.
export const MINUTE_MS = 60_000;
export const MIN_SLOT_MINUTES = 10;
export const MAX_SLOT_MINUTES = 240;
export const MAX_SLOTS_AT_ONCE = 12;

/** The consecutive slots a holder publishes in one go: `count` slots of `minutes` from `startsAt`. */
export function consecutiveSlots(startsAt: Date, minutes: number, count: number): { startsAt: Date; endsAt: Date }[] {
  return Array.from({ length: count }, (_, i) => ({
    startsAt: new Date(startsAt.getTime() + i * minutes * MINUTE_MS),
    endsAt: new Date(startsAt.getTime() + (i + 1) * minutes * MINUTE_MS),
  }));
}

export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** Problems with a slot, as message keys per field: it must be in the future, and of a sensible length. */
export function slotProblems(slot: { startsAt: Date; endsAt: Date }, now: Date): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  if (slot.startsAt.getTime() <= now.getTime()) problems.date = ["officeHours.inPast"];
  const minutes = (slot.endsAt.getTime() - slot.startsAt.getTime()) / MINUTE_MS;
  if (minutes < MIN_SLOT_MINUTES || minutes > MAX_SLOT_MINUTES) problems.minutes = ["officeHours.durationInvalid"];
  return problems;
}

export type BookingDecision = { kind: "allowed" } | { kind: "taken" } | { kind: "past" } | { kind: "own" };

/**
 * R17: one State per slot. A free future slot may be booked; a slot the State already holds is "own";
 * any other booked slot is "taken". (The database enforces the same with a conditional update, so two
 * States booking at once cannot both get it.)
 */
export function bookingDecision(slot: { startsAt: Date; bookedByStateId: string | null }, stateId: string, now: Date): BookingDecision {
  if (slot.startsAt.getTime() <= now.getTime()) return { kind: "past" };
  if (slot.bookedByStateId === stateId) return { kind: "own" };
  if (slot.bookedByStateId !== null) return { kind: "taken" };
  return { kind: "allowed" };
}

/** A booking may be cancelled until the slot starts. */
export function cancellable(slot: { startsAt: Date }, now: Date): boolean {
  return slot.startsAt.getTime() > now.getTime();
}
