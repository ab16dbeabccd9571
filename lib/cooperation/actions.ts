"use server";
import { createAction } from "../server/action";
import { now } from "../core/clock";
import { proactiveOutcomeSchema, proactiveRequestSchema } from "./schemas";
import { recordProactiveRequest } from "./record-proactive-request";
import { setProactiveOutcome } from "./set-proactive-outcome";

/** R21: the secretariat records a proactive request to a State. */
export const recordProactiveRequestAction = createAction({
  schema: proactiveRequestSchema,
  permission: "cooperation:manage",
  handler: async ({ actor, input }) => (await recordProactiveRequest({ actor, input, now: now() })).id,
  successMessage: "cooperation.requestRecorded",
});

/** R21: the outcome of a proactive request. */
export const setProactiveOutcomeAction = createAction({
  schema: proactiveOutcomeSchema,
  permission: "cooperation:manage",
  handler: async ({ actor, input }) => (await setProactiveOutcome({ actor, input, now: now() })).id,
  successMessage: "cooperation.outcomeRecorded",
});
