"use server";
import { createAction, createOpenAction } from "../server/action";
import {
  acceptInvitationSchema,
  changeOwnPasswordSchema,
  createUserSchema,
  endSessionsSchema,
  requestPasswordResetSchema,
  resendInvitationSchema,
  resetPasswordSchema,
  setPasswordSignInSchema,
  unlinkSsoSchema,
  setUserActiveSchema,
} from "./schemas";
import { setPasswordSignIn } from "./set-password-sign-in";
import { unlinkSso } from "./unlink-sso";
import { changeOwnPassword } from "./change-own-password";
import { endOwnSessions } from "./own-sessions";
import { createUser } from "./create-user";
import { setUserActive } from "./set-user-active";
import { acceptInvitation } from "./accept-invitation";
import { resendInvitation } from "./resend-invitation";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { nudgeMailWorker } from "../mail/worker";

export const createUserAction = createAction({
  schema: createUserSchema,
  permission: "user:manage",
  handler: async ({ actor, input }) => {
    const user = await createUser({ actor, input });
    nudgeMailWorker(); // the invitation goes now, not at the next tick
    return { id: user.id, invitationUrl: user.invitationUrl, pendingApproval: user.pendingApproval };
  },
  successMessage: "userInvitations.created",
});

export const resendInvitationAction = createAction({
  schema: resendInvitationSchema,
  permission: "user:manage",
  handler: async ({ actor, input }) => {
    const result = await resendInvitation({ actor, input });
    nudgeMailWorker();
    return result;
  },
  successMessage: "userInvitations.resent",
});

export const setUserActiveAction = createAction({
  schema: setUserActiveSchema,
  permission: "user:manage",
  handler: async ({ actor, input }) => (await setUserActive({ actor, input })).active,
  successMessage: "users.updated",
});

export const setPasswordSignInAction = createAction({
  schema: setPasswordSignInSchema,
  permission: "user:manage",
  handler: async ({ actor, input }) => (await setPasswordSignIn({ actor, input })).passwordSignInDisabled,
  successMessage: "users.updated",
});

export const unlinkSsoAction = createAction({
  schema: unlinkSsoSchema,
  permission: "user:manage",
  handler: async ({ actor, input }) => (await unlinkSso({ actor, input })).id,
  successMessage: "users.updated",
});

export const changeOwnPasswordAction = createAction({
  schema: changeOwnPasswordSchema,
  permission: "account:own",
  handler: async ({ actor, input }) => changeOwnPassword({ actor, input }),
  successMessage: "users.passwordChanged",
});

export const endOwnSessionsAction = createAction({
  schema: endSessionsSchema,
  permission: "account:own",
  handler: async ({ actor, input }) => endOwnSessions({ actor, input }),
  successMessage: "users.sessionsEnded",
});

/** The invitation link is the credential (single use, expiring): no account is signed in yet. */
export const acceptInvitationAction = createOpenAction({
  allowed: () => true,
  schema: () => acceptInvitationSchema,
  handler: async ({ input }) => acceptInvitation({ input }),
  successMessage: "invitation.accepted",
});

/**
 * "Forgot your password?": open to anyone; the answer is the same whether or not the account exists
 * (lib/users/request-password-reset.ts). Throttled per address like every open form, and per address
 * and target email on its own counters.
 */
export const requestPasswordResetAction = createOpenAction({
  allowed: () => true,
  schema: () => requestPasswordResetSchema,
  handler: async ({ input }) => {
    await requestPasswordReset({ input });
    nudgeMailWorker(); // a reset link is of use now: it goes at once, whatever the hour
  },
  successMessage: "passwordReset.sent",
});

/** The reset link is the credential (single use, 30 minutes); nobody is signed in by it. */
export const resetPasswordAction = createOpenAction({
  allowed: () => true,
  schema: () => resetPasswordSchema,
  handler: async ({ input }) => {
    await resetPassword({ input });
  },
  successMessage: "passwordReset.done",
});
