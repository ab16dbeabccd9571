"use server";
import { createAction } from "../server/action";
import { caseIdSchema, publicSummarySchema, referralSchema, removeReferralSchema, reprisalCaseSchema } from "./schemas";
import { saveReprisalCase } from "./save-case";
import { addReferral, removeReferral } from "./referrals";
import { clearPublicSummary, savePublicSummary, withdrawClearance } from "./public-summary";

export const saveReprisalCaseAction = createAction({
  schema: reprisalCaseSchema,
  permission: "reprisal:manage",
  handler: ({ actor, input }) => saveReprisalCase({ actor, input }),
  successMessage: "reprisals.saved",
  redirectTo: ({ data, input }) => (input.caseId ? null : `/portal/secretariat/reprisals/${data.id}`),
});

/** A mandate holder records a case linked to letters of its mandates (R8). */
export const submitReprisalCaseAction = createAction({
  schema: reprisalCaseSchema.omit({ caseId: true }),
  permission: "reprisal:submit",
  handler: ({ actor, input }) => saveReprisalCase({ actor, input: { ...input, caseId: undefined } }),
  successMessage: "reprisals.recorded",
  redirectTo: ({ data }) => `/portal/mandate-holder/reprisals/${data.id}`,
});

export const addReferralAction = createAction({
  schema: referralSchema,
  permission: "reprisal:manage",
  handler: ({ actor, input }) => addReferral({ actor, input }),
  successMessage: "reprisals.referralAdded",
});

export const removeReferralAction = createAction({
  schema: removeReferralSchema,
  permission: "reprisal:manage",
  handler: ({ actor, input }) => removeReferral({ actor, input }),
  successMessage: "reprisals.referralRemoved",
});

export const savePublicSummaryAction = createAction({
  schema: publicSummarySchema,
  permission: "reprisal:manage",
  handler: ({ actor, input }) => savePublicSummary({ actor, input }),
  successMessage: "reprisals.summarySaved",
});

export const clearPublicSummaryAction = createAction({
  schema: caseIdSchema,
  permission: "reprisal:manage",
  handler: ({ actor, input }) => clearPublicSummary({ actor, input }),
  successMessage: "reprisals.summaryCleared",
});

export const withdrawClearanceAction = createAction({
  schema: caseIdSchema,
  permission: "reprisal:manage",
  handler: ({ actor, input }) => withdrawClearance({ actor, input }),
  successMessage: "reprisals.clearanceWithdrawn",
});
