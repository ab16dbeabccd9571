"use server";
import { createAction } from "../server/action";
import { now } from "../core/clock";
import { nudgeMailWorker } from "../mail/worker";
import { markAllReadSchema, notificationIdSchema, preferencesSchema, runDigestsSchema } from "./schemas";
import { markAllNotificationsRead, markNotificationRead } from "./mark-read";
import { savePreferences } from "./preferences";
import { runDigestsNow } from "./run-digests";

/** "Mark as read" on one notification of the list. */
export const markNotificationReadAction = createAction({
  schema: notificationIdSchema,
  permission: "account:own",
  handler: async ({ actor, input }) => {
    await markNotificationRead({ actor, id: input.id, now: now() });
    return { id: input.id };
  },
  successMessage: "notifications.markedRead",
});

/** "Mark all as read". */
export const markAllNotificationsReadAction = createAction({
  schema: markAllReadSchema,
  permission: "account:own",
  handler: async ({ actor }) => markAllNotificationsRead({ actor, now: now() }),
  successMessage: "notifications.markedAllRead",
});

/** Immediate mail or daily digest, per kind. */
export const saveNotificationPreferencesAction = createAction({
  schema: preferencesSchema,
  permission: "account:own",
  handler: async ({ actor, input }) => savePreferences({ actor, input, now: now() }),
  successMessage: "notifications.preferencesSaved",
});

/** The secretariat sends the daily digests now (outbox page). */
export const runDigestsAction = createAction({
  schema: runDigestsSchema,
  permission: "communication:dispatch",
  handler: async ({ actor }) => {
    const counts = await runDigestsNow({ actor, now: now() });
    if (counts.digests) nudgeMailWorker();
    return counts;
  },
  successMessage: "notifications.digestsSent",
});
