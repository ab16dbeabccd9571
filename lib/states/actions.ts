"use server";
import { createAction } from "../server/action";
import { missionLanguageSchema } from "./schemas";
import { setMissionLanguage } from "./set-mission-language";

/** The mission's administrator (its own mission) or the secretariat (any mission, named by stateId). */
export const missionLanguageAction = createAction({
  schema: missionLanguageSchema,
  permission: ["state:manage-focal-point", "mission:appoint-admin"],
  handler: async ({ actor, input }) => (await setMissionLanguage({ actor, input })).locale,
  successMessage: "communications.missionLanguageSaved",
});
