import { z } from "zod";

/** "Send due reminders and follow-ups now" takes no input: what is due follows from the dates (R16). */
export const runFollowUpSchema = z.object({});
