"use server";
import { createAction } from "../server/action";
import { now } from "../core/clock";
import { nudgeMailWorker } from "./worker";
import { retryFailedMail, retryMailSchema } from "./retry-mail";

/** "Send again" on a mail that could not be delivered (the outbox's FAILED list). */
export const retryMailAction = createAction({
  schema: retryMailSchema,
  permission: "communication:dispatch",
  handler: async ({ actor, input }) => {
    const result = await retryFailedMail({ actor, id: input.id, now: now() });
    if (result.status === "PENDING") nudgeMailWorker();
    return result;
  },
});
