"use server";
import { createAction } from "../server/action";
import { guidanceSchema } from "./schemas";
import { saveGuidance } from "./save-guidance";

export const saveGuidanceAction = createAction({
  schema: guidanceSchema,
  permission: ["committee:manage", "committee:contribute"],
  handler: ({ actor, input }) => saveGuidance({ actor, input }),
  successMessage: ({ input }) => (input.documentId ? "guidance.versionSaved" : "guidance.created"),
  redirectTo: ({ data }) => `/portal/committee/guidance/${data.id}`,
});
