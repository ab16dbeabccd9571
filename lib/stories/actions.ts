"use server";
import { getLocale } from "next-intl/server";
import { createAction, createOpenAction, type ActionState } from "../server/action";
import { AppError } from "../core/errors";
import { formFiles } from "../core/form-files";
import { nudgeMailWorker } from "../mail/worker";
import { maySubmitStory } from "../auth/stories-policy";
import {
  amendStorySchema,
  anonymousStorySubmissionSchema,
  moderationSchema,
  statusTokenSchema,
  storyEditSchema,
  storySubmissionSchema,
} from "./schemas";
import { getStoryStatusByToken } from "./get-story-status";
import { submitStory } from "./submit-story";
import { editStory, moderateStory } from "./moderate-story";
import { amendStory } from "./amend-story";

const submit = createOpenAction({
  schema: (signedIn) => (signedIn ? storySubmissionSchema : anonymousStorySubmissionSchema),
  allowed: maySubmitStory,
  handler: async ({ actor, input, formData }) =>
    submitStory({ actor, input, files: await formFiles(formData, "evidenceFiles"), language: await getLocale() }),
  successMessage: "stories.submitted",
});
export async function submitStoryAction(prev: ActionState<{ id: string; token: string | null }>, formData: FormData) {
  return submit(prev, formData);
}

const amend = createOpenAction({
  schema: () => amendStorySchema,
  allowed: () => true, // the story itself decides: its signed-in submitter, or the holder of its token
  handler: ({ actor, input }) => amendStory({ actor, input }),
  successMessage: "stories.amended",
});
export async function amendStoryAction(prev: ActionState<{ id: string }>, formData: FormData) {
  return amend(prev, formData);
}

export const editStoryAction = createAction({
  schema: storyEditSchema,
  permission: "story:moderate",
  handler: ({ actor, input }) => editStory({ actor, input }),
  successMessage: "stories.edited",
});

export const moderateStoryAction = createAction({
  schema: moderationSchema,
  permission: "story:moderate",
  handler: async ({ actor, input }) => {
    const result = await moderateStory({ actor, input });
    nudgeMailWorker(); // the submitter's mail is due now when the office is open (R1)
    return result;
  },
  successMessage: "stories.moderated",
});

const check = createOpenAction({
  schema: () => statusTokenSchema,
  allowed: () => true, // the token is the proof; an unknown token learns nothing
  handler: async ({ input }) => {
    const s = await getStoryStatusByToken({ token: input.token });
    if (!s) throw new AppError("INVALID_INPUT", "Unknown token", { token: ["stories.tokenUnknown"] });
    return s;
  },
  successMessage: "stories.statusFound",
});
export async function checkStoryStatusAction(
  prev: ActionState<NonNullable<Awaited<ReturnType<typeof getStoryStatusByToken>>>>,
  formData: FormData,
) {
  return check(prev, formData);
}
