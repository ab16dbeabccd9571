"use server";
import { z } from "zod";
import { createAction } from "../server/action";
import { AppError } from "../core/errors";
import { formFiles } from "../core/form-files";
import { cosignSchema, draftSchema, focalPointSchema, idSchema, replySchema, reviewSchema, translationSchema } from "./schemas";
import { saveDraft } from "./save-draft";
import { submitDraft } from "./submit-draft";
import { respondCosign } from "./respond-cosign";
import { reviewCommunication } from "./review-communication";
import { dispatchCommunication } from "./dispatch-communication";
import { setAnnexRelease } from "./release-annex";
import { submitReply } from "./submit-reply";
import { attachTranslation } from "./attach-translation";
import { setFocalPoint } from "../states/set-focal-point";
import { nudgeMailWorker } from "../mail/worker";

export const saveDraftAction = createAction({
  schema: draftSchema,
  permission: "communication:draft",
  handler: ({ actor, input }) => saveDraft({ actor, input }),
  successMessage: "communications.saved",
  // A new draft: to its page, where it is submitted for review.
  redirectTo: ({ data, input }) => (input.communicationId ? null : `/portal/mandate-holder/communications/${data.id}`),
});

export const submitDraftAction = createAction({
  schema: idSchema,
  permission: "communication:draft",
  handler: ({ actor, input }) => submitDraft({ actor, input }),
  successMessage: "communications.submitted",
});

export const respondCosignAction = createAction({
  schema: cosignSchema,
  permission: "communication:cosign",
  handler: ({ actor, input }) => respondCosign({ actor, input }),
  successMessage: ({ input }) => (input.decision === "SIGNED" ? "communications.cosigned" : "communications.cosignDeclined"),
});

export const reviewAction = createAction({
  schema: reviewSchema,
  permission: "communication:review",
  handler: ({ actor, input }) => reviewCommunication({ actor, input: { ...input, comment: input.comment ?? null } }),
  successMessage: ({ input }) => (input.decision === "approve" ? "communications.approved" : "communications.returned"),
});

export const dispatchAction = createAction({
  schema: idSchema,
  permission: "communication:dispatch",
  handler: async ({ actor, input }) => {
    const result = await dispatchCommunication({ actor, input });
    nudgeMailWorker(); // an urgent appeal's mail goes now, not at the next tick
    return result;
  },
  successMessage: "communications.dispatched",
});

export const annexReleaseAction = createAction({
  schema: idSchema.extend({ released: z.enum(["true", "false"]).transform((v) => v === "true") }),
  permission: "communication:dispatch",
  handler: ({ actor, input }) => setAnnexRelease({ actor, input }),
  successMessage: "communications.annexReleaseSaved",
});

export const replyAction = createAction({
  schema: replySchema,
  permission: "communication:reply",
  handler: async ({ actor, input, formData }) => {
    const reply = await submitReply({ actor, input, files: await formFiles(formData, "annexes") });
    return reply.id;
  },
  successMessage: "communications.replySent",
});

export const translationAction = createAction({
  schema: translationSchema,
  permission: "communication:dispatch",
  handler: async ({ actor, input, formData }) => {
    const files = await formFiles(formData, "translationFile");
    if (files.length > 1) throw new AppError("INVALID_INPUT", "One file", { translationFile: ["communications.translationOneFile"] });
    const saved = await attachTranslation({ actor, input, file: files[0] ?? null });
    return saved.id;
  },
  successMessage: "communications.translationSaved",
});

export const focalPointAction = createAction({
  schema: focalPointSchema,
  permission: "state:manage-focal-point",
  handler: ({ actor, input }) => setFocalPoint({ actor, input }),
  successMessage: "communications.focalPointSaved",
});
