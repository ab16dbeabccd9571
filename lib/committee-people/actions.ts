"use server";
import { createAction } from "../server/action";
import { now } from "../core/clock";
import {
  consultativeGroupMemberSchema,
  engagementSchema,
  externalResourceSchema,
  externalResourceUpdateSchema,
  idSchema,
  inductionMaterialSchema,
  inductionSessionSchema,
  inductionSessionUpdateSchema,
  vacancyRecordSchema,
} from "./schemas";
import { createInductionSession } from "./create-induction-session";
import { addInductionMaterial } from "./add-induction-material";
import { removeInductionMaterial } from "./remove-induction-material";
import { recordVacancy } from "./record-vacancy";
import { addConsultativeGroupMember } from "./add-consultative-group-member";
import { removeConsultativeGroupMember } from "./remove-consultative-group-member";
import { recordEngagement } from "./record-engagement";
import { removeEngagement } from "./remove-engagement";
import { declareExternalResource } from "./declare-external-resource";
import { removeExternalResource } from "./remove-external-resource";
import { updateInductionSession } from "./update-induction-session";
import { deleteInductionSession } from "./delete-induction-session";
import { updateExternalResource } from "./update-external-resource";
import { formFiles } from "../core/form-files";

export const createInductionSessionAction = createAction({
  schema: inductionSessionSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => createInductionSession({ actor, input }),
  successMessage: "committeePeople.sessionCreated",
});

export const updateInductionSessionAction = createAction({
  schema: inductionSessionUpdateSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => updateInductionSession({ actor, input }),
  successMessage: "committeePeople.sessionUpdated",
});

export const deleteInductionSessionAction = createAction({
  schema: idSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => deleteInductionSession({ actor, input }),
  successMessage: "committeePeople.sessionDeleted",
  redirectTo: () => "/portal/secretariat/committee",
});

export const addInductionMaterialAction = createAction({
  schema: inductionMaterialSchema,
  permission: "committee:manage",
  handler: async ({ actor, input, formData }) => addInductionMaterial({ actor, input, files: await formFiles(formData, "file") }),
  successMessage: "committeePeople.materialAdded",
});

export const removeInductionMaterialAction = createAction({
  schema: idSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => removeInductionMaterial({ actor, input }),
  successMessage: "committeePeople.materialRemoved",
});

export const recordVacancyAction = createAction({
  schema: vacancyRecordSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => recordVacancy({ actor, input, now: now() }),
  successMessage: "committeePeople.vacancyRecorded",
});

export const addConsultativeGroupMemberAction = createAction({
  schema: consultativeGroupMemberSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => addConsultativeGroupMember({ actor, input }),
  successMessage: "committeePeople.memberAdded",
});

export const removeConsultativeGroupMemberAction = createAction({
  schema: idSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => removeConsultativeGroupMember({ actor, input }),
  successMessage: "committeePeople.memberRemoved",
});

export const recordEngagementAction = createAction({
  schema: engagementSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => recordEngagement({ actor, input, now: now() }),
  successMessage: "committeePeople.engagementRecorded",
});

export const removeEngagementAction = createAction({
  schema: idSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => removeEngagement({ actor, input }),
  successMessage: "committeePeople.engagementRemoved",
});

export const declareExternalResourceAction = createAction({
  schema: externalResourceSchema,
  permission: ["external-resource:declare", "committee:manage"],
  handler: ({ actor, input }) => declareExternalResource({ actor, input, now: now() }),
  successMessage: "committeePeople.resourceDeclared",
});

export const removeExternalResourceAction = createAction({
  schema: idSchema,
  permission: ["external-resource:declare", "committee:manage"],
  handler: ({ actor, input }) => removeExternalResource({ actor, input }),
  successMessage: "committeePeople.resourceRemoved",
});

export const updateExternalResourceAction = createAction({
  schema: externalResourceUpdateSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => updateExternalResource({ actor, input, now: now() }),
  successMessage: "committeePeople.resourceUpdated",
});

export const deleteExternalResourceAction = createAction({
  schema: idSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => removeExternalResource({ actor, input }),
  successMessage: "committeePeople.resourceRemoved",
  redirectTo: () => "/portal/secretariat/committee",
});
