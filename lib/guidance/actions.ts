"use server";
import { createAction } from "../server/action";
import { guidanceSchema } from "./schemas";
import { saveGuidance } from "./save-guidance";

export const saveGuidanceAction = createAction({
  schema: guidanceSchema,
  permission: ["committee:manage", "committee:contribute"],
  handler: ({ actor, input }) => saveGuidance({ actor, input }),
  successMessage: ({ input }) => (input.documentId ? "guidance.versionSaved" : "guidance.created"),
  // A new document leads to its page; a new version stays on the page, which shows it once refreshed.
  redirectTo: ({ data, input }) => (input.documentId ? null : `/portal/committee/guidance/${data.id}`),
});
