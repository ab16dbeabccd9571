"use server";
import { createAction } from "../server/action";
import { now } from "../core/clock";
import { nudgeMailWorker } from "../mail/worker";
import { runFollowUpSchema } from "./schemas";
import { runFollowUp } from "./run-follow-up";

/** The secretariat sends what is due without waiting for the worker; the counts make the message. */
export const runFollowUpAction = createAction({
  schema: runFollowUpSchema,
  permission: "communication:dispatch",
  handler: async ({ actor }) => {
    const counts = await runFollowUp({ now: now(), actor });
    // Queued mail goes at once if Geneva's office is open (R1 holds it otherwise), not at the next tick.
    if (counts.reminders + counts.followUps > 0) nudgeMailWorker();
    return counts;
  },
});
