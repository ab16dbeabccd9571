"use server";
import { createAction } from "../server/action";
import { nudgeMailWorker } from "../mail/worker";
import {
  addMissionUserSchema,
  decideRoleGrantSchema,
  missionMemberSchema,
  requestRoleGrantSchema,
  setMemberActiveSchema,
  setMissionAdminSchema,
} from "./access-schemas";
import { addMissionUser } from "./add-mission-user";
import { setMemberActive } from "./set-member-active";
import { resetMemberFactor } from "./reset-member-factor";
import { setMissionAdmin } from "./set-mission-admin";
import { requestRoleGrant } from "./request-role-grant";
import { decideRoleGrant } from "./decide-role-grant";

// Mission administrators (issue 12, item 5) and four eyes on privileged roles (issue 12, item 6).

/** Returns the invitation link once, for the administrator to pass on (it is also mailed). */
export const addMissionUserAction = createAction({
  schema: addMissionUserSchema,
  permission: "mission:manage-users",
  handler: async ({ actor, input }) => {
    const { userId, link } = await addMissionUser({ actor, input });
    return { userId, link };
  },
  successMessage: "missionUsers.added",
});

export const setMemberActiveAction = createAction({
  schema: setMemberActiveSchema,
  permission: "mission:manage-users",
  handler: async ({ actor, input }) => (await setMemberActive({ actor, input })).active,
  successMessage: "missionUsers.updated",
});

export const resetMemberFactorAction = createAction({
  schema: missionMemberSchema,
  permission: "mission:manage-users",
  handler: async ({ actor, input }) => resetMemberFactor({ actor, input }),
  successMessage: "missionUsers.factorReset",
});

export const setMissionAdminAction = createAction({
  schema: setMissionAdminSchema,
  permission: ["mission:appoint-admin", "mission:manage-users"],
  handler: async ({ actor, input }) => (await setMissionAdmin({ actor, input })).missionAdmin,
  successMessage: "missionUsers.updated",
});

export const requestRoleGrantAction = createAction({
  schema: requestRoleGrantSchema,
  permission: "user:manage",
  handler: async ({ actor, input }) => (await requestRoleGrant({ actor, input })).id,
  successMessage: "roleGrants.requested",
});

export const decideRoleGrantAction = createAction({
  schema: decideRoleGrantSchema,
  permission: "role-grant:decide",
  handler: async ({ actor, input }) => {
    const { status } = await decideRoleGrant({ actor, input });
    nudgeMailWorker(); // the decision's mails (and a new account's invitation) go now
    return status;
  },
  successMessage: "roleGrants.decided",
});
