"use server";
import { createAction } from "../core/action";
import { settingsSchema } from "./defaults";
import { updateSettings } from "./update-settings";

export const updateSettingsAction = createAction({
  schema: settingsSchema,
  permission: "settings:manage",
  handler: async ({ actor, input }) => {
    await updateSettings({ actor, input });
  },
  successMessage: "settings.saved",
});
