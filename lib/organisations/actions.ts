"use server";
import { getLocale } from "next-intl/server";
import { createAction, createOpenAction } from "../server/action";
import { caughtByHoneypot } from "../core/honeypot";
import { nudgeMailWorker } from "../mail/worker";
import {
  confirmEmailSchema,
  decideOrganisationSchema,
  inviteMemberSchema,
  registerOrganisationSchema,
  setMemberActiveSchema,
  setMemberAdminSchema,
} from "./schemas";
import { registerOrganisation } from "./register-organisation";
import { confirmOrganisationEmail } from "./confirm-email";
import { decideOrganisation } from "./decide-organisation";
import { inviteOrganisationMember } from "./invite-member";
import { setOrganisationMemberActive } from "./set-member-active";
import { setOrganisationMemberAdmin } from "./set-member-admin";

// Organisation accounts (issue 17, item 3).

/** A visitor registers an organisation. A robot caught by the honeypot gets the same answer, and nothing happens. */
export const registerOrganisationAction = createOpenAction({
  allowed: (actor) => actor === null,
  schema: () => registerOrganisationSchema,
  handler: async ({ input }) => {
    if (caughtByHoneypot(input)) return null;
    await registerOrganisation({ input, locale: await getLocale() });
    nudgeMailWorker(); // the confirmation link goes now
    return null;
  },
  successMessage: "organisations.registered",
});

/** The contact confirms its address through the mailed link: the token is the proof. */
export const confirmOrganisationEmailAction = createOpenAction({
  allowed: () => true,
  schema: () => confirmEmailSchema,
  handler: async ({ input }) => {
    const result = await confirmOrganisationEmail({ input });
    nudgeMailWorker();
    return result;
  },
  successMessage: "organisations.confirmed",
});

export const decideOrganisationAction = createAction({
  schema: decideOrganisationSchema,
  permission: "organisation:decide",
  handler: async ({ actor, input }) => {
    const result = await decideOrganisation({ actor, input });
    nudgeMailWorker(); // the contact's mail is due now when the office is open (R1)
    return result.status;
  },
  successMessage: "organisations.decided",
});

/** Returns the invitation link once, for the administrator to pass on (it is also mailed). */
export const inviteOrganisationMemberAction = createAction({
  schema: inviteMemberSchema,
  permission: "organisation:manage-members",
  handler: async ({ actor, input }) => {
    const result = await inviteOrganisationMember({ actor, input, locale: await getLocale() });
    nudgeMailWorker();
    return result;
  },
  successMessage: "organisations.memberInvited",
});

export const setOrganisationMemberActiveAction = createAction({
  schema: setMemberActiveSchema,
  permission: "organisation:manage-members",
  handler: async ({ actor, input }) => (await setOrganisationMemberActive({ actor, input })).active,
  successMessage: "organisations.memberUpdated",
});

export const setOrganisationMemberAdminAction = createAction({
  schema: setMemberAdminSchema,
  permission: "organisation:manage-members",
  handler: async ({ actor, input }) => (await setOrganisationMemberAdmin({ actor, input })).organisationAdmin,
  successMessage: "organisations.memberUpdated",
});
