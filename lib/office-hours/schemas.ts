import { z } from "zod";
import { MAX_SLOT_MINUTES, MAX_SLOTS_AT_ONCE, MIN_SLOT_MINUTES } from "./rules";

/** Publishing slots: a Geneva date and start time, the length of each slot and how many follow. */
export const publishSlotsSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "officeHours.dateRequired"),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "officeHours.timeRequired"),
  minutes: z.coerce
    .number()
    .int()
    .min(MIN_SLOT_MINUTES, "officeHours.durationInvalid")
    .max(MAX_SLOT_MINUTES, "officeHours.durationInvalid"),
  count: z.coerce.number().int().min(1).max(MAX_SLOTS_AT_ONCE),
  location: z.string().trim().min(2).max(200),
});
export type PublishSlotsInput = z.infer<typeof publishSlotsSchema>;

export const bookSlotSchema = z.object({
  slotId: z.uuid(),
  topic: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .transform((v) => (v ? v : null)),
});
export type BookSlotInput = z.infer<typeof bookSlotSchema>;

export const slotIdSchema = z.object({ slotId: z.uuid() });
