"use server";
import { createAction, createOpenAction } from "../core/action";
import {
  acceptInvitationSchema,
  changeOwnPasswordSchema,
  createUserSchema,
  endSessionsSchema,
  setPasswordSignInSchema,
  setUserActiveSchema,
} from "./schemas";
import { setPasswordSignIn } from "./set-password-sign-in";
import { changeOwnPassword } from "./change-own-password";
import { endOwnSessions } from "./own-sessions";
import { createUser } from "./create-user";
import { setUserActive } from "./set-user-active";
import { acceptInvitation } from "./accept-invitation";

export const createUserAction = createAction({
  schema: createUserSchema,
  permission: "user:manage",
  handler: async ({ actor, input }) => {
    const user = await createUser({ actor, input });
    return { id: user.id, pendingApproval: user.pendingApproval };
  },
  successMessage: "users.created",
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
