"use server";
import { getLocale } from "next-intl/server";
import { createAction, createOpenAction } from "../server/action";
import { formValues } from "../core/form";
import { caughtByHoneypot } from "../core/honeypot";
import { nudgeMailWorker } from "../mail/worker";
import { confirmGuestAnswerSchema, guestAnswerSchema, setGuestAnswersSchema } from "./guest-schemas";
import { submitGuestAnswer } from "./submit-guest-answer";
import { confirmGuestAnswer } from "./confirm-guest-answer";
import { setGuestAnswers } from "./set-guest-answers";

// Answers from people without an account (issue 17, item 3).

/** A guest answers ("answer.<questionId>" fields). A robot caught by the honeypot gets the same answer, and nothing happens. */
export const submitGuestAnswerAction = createOpenAction({
  allowed: () => true,
  schema: () => guestAnswerSchema,
  handler: async ({ input, formData }) => {
    if (caughtByHoneypot(input)) return null;
    const rawAnswers: Record<string, string | string[]> = {};
    for (const [key, value] of Object.entries(formValues(formData))) if (key.startsWith("answer.")) rawAnswers[key.slice(7)] = value;
    await submitGuestAnswer({ input, rawAnswers, locale: await getLocale() });
    nudgeMailWorker();
    return null;
  },
  successMessage: "guestAnswers.sent",
});

/** The guest follows the mailed link: the token is the proof. */
export const confirmGuestAnswerAction = createOpenAction({
  allowed: () => true,
  schema: () => confirmGuestAnswerSchema,
  handler: async ({ input }) => {
    const result = await confirmGuestAnswer({ input, locale: await getLocale() });
    nudgeMailWorker(); // the receipt
    return result;
  },
  successMessage: "guestAnswers.confirmed",
});

export const setGuestAnswersAction = createAction({
  schema: setGuestAnswersSchema,
  permission: "questionnaire:create",
  handler: async ({ actor, input }) => (await setGuestAnswers({ actor, input })).acceptsGuestAnswers,
  successMessage: "guestAnswers.settingSaved",
});
