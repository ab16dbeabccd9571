"use server";
import { createAction } from "../server/action";
import { nudgeMailWorker } from "../mail/worker";
import { bookSlotSchema, publishSlotsSchema, slotIdSchema } from "./schemas";
import { publishSlots } from "./publish-slots";
import { bookSlot, cancelBooking } from "./book-slot";
import { deleteSlot } from "./delete-slot";

export const publishSlotsAction = createAction({
  schema: publishSlotsSchema,
  permission: "office-hours:publish",
  handler: ({ actor, input }) => publishSlots({ actor, input }),
  successMessage: "officeHours.published",
});

export const deleteSlotAction = createAction({
  schema: slotIdSchema,
  permission: "office-hours:publish",
  handler: ({ actor, input }) => deleteSlot({ actor, input }),
  successMessage: "officeHours.deleted",
});

export const bookSlotAction = createAction({
  schema: bookSlotSchema,
  permission: "office-hours:book",
  handler: async ({ actor, input }) => {
    const result = await bookSlot({ actor, input });
    nudgeMailWorker();
    return result;
  },
  successMessage: "officeHours.booked",
});

export const cancelBookingAction = createAction({
  schema: slotIdSchema,
  permission: "office-hours:book",
  handler: async ({ actor, input }) => {
    const result = await cancelBooking({ actor, input });
    nudgeMailWorker();
    return result;
  },
  successMessage: "officeHours.cancelled",
});
