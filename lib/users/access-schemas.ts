import { z } from "zod";

// Forms of mission administrators (issue 12, item 5) and of the four-eyes rule on privileged roles
// (issue 12, item 6).

const booleanField = z.enum(["true", "false"]).transform((v) => v === "true");

/** A mission administrator adds a user to its own mission: always a STATE account of that State. */
export const addMissionUserSchema = z.object({
  name: z.string().trim().min(2).max(120),
  email: z.string().trim().toLowerCase().email().max(200),
});
export type AddMissionUserInput = z.infer<typeof addMissionUserSchema>;

/** One user of the mission (deactivate, reactivate, reset the second factor). */
export const missionMemberSchema = z.object({ userId: z.uuid() });
export type MissionMemberInput = z.infer<typeof missionMemberSchema>;

export const setMemberActiveSchema = z.object({ userId: z.uuid(), active: booleanField });
export type SetMemberActiveInput = z.infer<typeof setMemberActiveSchema>;

/** Appointing (or removing) a mission administrator: the secretariat, an admin, or the mission's own administrator. */
export const setMissionAdminSchema = z.object({ userId: z.uuid(), missionAdmin: booleanField });
export type SetMissionAdminInput = z.infer<typeof setMissionAdminSchema>;

/** An admin asks for a privileged role for an existing account, named by its email. */
export const requestRoleGrantSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  role: z.enum(["SECRETARIAT", "ADMIN"]),
});
export type RequestRoleGrantInput = z.infer<typeof requestRoleGrantSchema>;

export const decideRoleGrantSchema = z.object({ requestId: z.uuid(), decision: z.enum(["approve", "refuse"]) });
export type DecideRoleGrantInput = z.infer<typeof decideRoleGrantSchema>;
