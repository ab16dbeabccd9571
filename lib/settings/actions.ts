"use server";
import { createAction } from "../server/action";
import { settingsSchema } from "../platform/settings-defaults";
import { updateSettings } from "./update-settings";

export const updateSettingsAction = createAction({
  schema: settingsSchema,
  permission: "settings:manage",
  handler: async ({ actor, input }) => {
    await updateSettings({ actor, input });
  },
  successMessage: "settings.saved",
});
