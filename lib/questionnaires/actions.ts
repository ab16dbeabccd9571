"use server";
import { createAction } from "../server/action";
import { formFiles } from "../core/form-files";
import { formValues } from "../core/form";
import { nudgeMailWorker } from "../mail/worker";
import { approvalSchema, questionnaireSchema, responseSchema } from "./schemas";
import { createQuestionnaire } from "./create-questionnaire";
import { decideProposal } from "./approve-questionnaire";
import { saveResponse } from "./save-response";

export const createQuestionnaireAction = createAction({
  schema: questionnaireSchema,
  permission: "questionnaire:create",
  handler: ({ actor, input }) => createQuestionnaire({ actor, input }),
  successMessage: "questionnaires.created",
  redirectTo: ({ data }) => `/portal/secretariat/questionnaires/${data.id}`,
});

export const proposeQuestionnaireAction = createAction({
  schema: questionnaireSchema,
  permission: "questionnaire:propose",
  handler: ({ actor, input }) => createQuestionnaire({ actor, input }),
  successMessage: "questionnaires.proposed",
  redirectTo: ({ data }) => `/portal/mandate-holder/questionnaires/${data.id}`,
});

export const decideProposalAction = createAction({
  schema: approvalSchema,
  permission: "questionnaire:create",
  handler: ({ actor, input }) => decideProposal({ actor, input }),
  successMessage: "questionnaires.decided",
});

/** Answers arrive as "answer.<questionId>" fields and "file.<questionId>" files. */
export const saveResponseAction = createAction({
  schema: responseSchema,
  permission: "questionnaire:answer",
  handler: async ({ actor, input, formData }) => {
    const rawAnswers: Record<string, string | string[]> = {};
    const files: Record<string, { fileName: string; bytes: Uint8Array }[]> = {};
    for (const [key, value] of Object.entries(formValues(formData))) {
      if (key.startsWith("answer.")) rawAnswers[key.slice(7)] = value;
    }
    const fileKeys = new Set([...formData.keys()].filter((k) => k.startsWith("file.")));
    for (const key of fileKeys) files[key.slice(5)] = await formFiles(formData, key);
    const result = await saveResponse({ actor, input, rawAnswers, files });
    if (result.submittedAt) nudgeMailWorker();
    return result;
  },
});
