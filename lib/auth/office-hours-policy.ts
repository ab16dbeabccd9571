// Record-level rules of "SP office hours" (R17).
import type { Actor } from "./actor";
import { actsForState, can } from "./policy";

/** A holder manages only its own slots. */
export function mayManageSlot(actor: Actor | null, slot: { mandateHolderId: string }): boolean {
  return !!actor && can(actor, "office-hours:publish") && actor.mandateHolderId !== null && actor.mandateHolderId === slot.mandateHolderId;
}

/** A State user books for its own State. */
export function mayBook(actor: Actor | null): boolean {
  return !!actor && can(actor, "office-hours:book") && actor.stateId !== null;
}

/** Only the State that booked a slot cancels its booking (any of its users). */
export function mayCancelBooking(actor: Actor | null, slot: { bookedByStateId: string | null }): boolean {
  return !!slot.bookedByStateId && can(actor, "office-hours:book") && actsForState(actor, slot.bookedByStateId);
}
