"use server";
import { getFormatter, getTranslations } from "next-intl/server";
import { createAction } from "../server/action";
import { AppError } from "../core/errors";
import { nudgeMailWorker } from "../mail/worker";
import { pressReleaseDraftSchema, pressReleaseIdSchema, publishSchema } from "./schemas";
import { savePressReleaseDraft } from "./save-draft";
import { sharePressRelease } from "./share-press-release";
import { PublicationTooEarlyError, publishPressRelease } from "./publish-press-release";
import { GENEVA_TIME_ZONE } from "../core/geneva";

export const savePressReleaseAction = createAction({
  schema: pressReleaseDraftSchema,
  permission: "press-release:manage",
  handler: ({ actor, input }) => savePressReleaseDraft({ actor, input }),
  successMessage: "pressReleases.saved",
  redirectTo: ({ data, input }) => (input.pressReleaseId ? null : `/portal/mandate-holder/press-releases/${data.id}`),
});

export const sharePressReleaseAction = createAction({
  schema: pressReleaseIdSchema,
  permission: "press-release:manage",
  handler: async ({ actor, input }) => {
    const result = await sharePressRelease({ actor, input });
    nudgeMailWorker(); // due now when the office is open; otherwise it waits for the opening (R1)
    return result;
  },
  successMessage: "pressReleases.shared",
});

export const publishPressReleaseAction = createAction({
  schema: publishSchema,
  permission: "press-release:manage",
  handler: async ({ actor, input }) => {
    try {
      return await publishPressRelease({ actor, input });
    } catch (err) {
      // R3: say when publication becomes possible, in Geneva time, in the user's language.
      if (err instanceof PublicationTooEarlyError) {
        const [t, format] = await Promise.all([getTranslations("pressReleases"), getFormatter()]);
        const date = format.dateTime(err.possibleFrom, { dateStyle: "long", timeStyle: "short", timeZone: GENEVA_TIME_ZONE });
        throw new AppError("CONFLICT", t("tooEarly", { date }));
      }
      throw err;
    }
  },
  successMessage: "pressReleases.publishedMessage",
});
