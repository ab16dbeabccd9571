"use server";
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { createAction } from "../server/action";
import { AppError } from "../core/errors";
import {
  confirmTotpSchema,
  noInputSchema,
  registerPasskeySchema,
  removePasskeySchema,
  resetSecondFactorSchema,
} from "../auth/second-factor/schemas";
import { confirmTotp, regenerateRecoveryCodes, removeTotp } from "../auth/second-factor/factors";
import { passkeyRegistrationOptions, registerPasskey, removePasskey } from "../auth/second-factor/passkeys";
import { resetSecondFactor } from "../auth/second-factor/reset-second-factor";

// The enrolment page's forms are open to a session that still has to set up its second factor.

export const confirmTotpAction = createAction({
  schema: confirmTotpSchema,
  permission: "account:own",
  allowSecondFactorPending: true,
  handler: async ({ actor, input }) => confirmTotp({ actor, code: input.code }),
  successMessage: "secondFactor.totpEnrolled",
});

export const regenerateRecoveryCodesAction = createAction({
  schema: noInputSchema,
  permission: "account:own",
  handler: async ({ actor }) => regenerateRecoveryCodes({ actor }),
  successMessage: "secondFactor.codesRegenerated",
});

export const removeTotpAction = createAction({
  schema: noInputSchema,
  permission: "account:own",
  handler: async ({ actor }) => removeTotp({ actor }),
  successMessage: "secondFactor.totpRemoved",
});

export const passkeyRegistrationOptionsAction = createAction({
  schema: noInputSchema,
  permission: "account:own",
  allowSecondFactorPending: true,
  handler: async ({ actor }) => passkeyRegistrationOptions({ actor }),
});

export const registerPasskeyAction = createAction({
  schema: registerPasskeySchema,
  permission: "account:own",
  allowSecondFactorPending: true,
  handler: async ({ actor, input }) => {
    let response: RegistrationResponseJSON;
    try {
      response = JSON.parse(input.response) as RegistrationResponseJSON;
    } catch {
      throw new AppError("INVALID_INPUT", "Bad passkey response", { passkey: ["secondFactor.passkeyFailed"] });
    }
    return registerPasskey({ actor, challengeId: input.challengeId, response, name: input.name });
  },
  successMessage: "secondFactor.passkeyAdded",
});

export const removePasskeyAction = createAction({
  schema: removePasskeySchema,
  permission: "account:own",
  handler: async ({ actor, input }) => removePasskey({ actor, passkeyId: input.passkeyId }),
  successMessage: "secondFactor.passkeyRemoved",
});

export const resetSecondFactorAction = createAction({
  schema: resetSecondFactorSchema,
  permission: "user:manage",
  handler: async ({ actor, input }) => resetSecondFactor({ actor, userId: input.userId }),
  successMessage: "secondFactor.resetDone",
});
